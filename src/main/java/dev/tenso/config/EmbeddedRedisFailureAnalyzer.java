package dev.tenso.config;

import dev.tenso.config.EmbeddedRedis.EmbeddedRedisException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded Redis could not start (port in use, folder not writable, another tenso on the same
 * data folder): say so plainly, with what to do.
 */
public final class EmbeddedRedisFailureAnalyzer
    extends AbstractFailureAnalyzer<EmbeddedRedisException> {
  @Override
  protected FailureAnalysis analyze(Throwable root, EmbeddedRedisException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
