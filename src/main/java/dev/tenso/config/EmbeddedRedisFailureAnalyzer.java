package dev.tenso.config;

import dev.tenso.config.EmbeddedRedis.EmbeddedRedisException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded Redis could not start (port in use, folder not writable): say so plainly. */
public final class EmbeddedRedisFailureAnalyzer
    extends AbstractFailureAnalyzer<EmbeddedRedisException> {
  @Override
  protected FailureAnalysis analyze(Throwable root, EmbeddedRedisException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Free the port or set tenso.redis.embedded-port; or set spring.data.redis.url or "
            + "REDIS_URL to use your own Redis.", cause);
  }
}
