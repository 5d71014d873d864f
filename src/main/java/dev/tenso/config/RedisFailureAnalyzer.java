package dev.tenso.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "Redis unreachable at start" into one clear line and what to do about it. */
public final class RedisFailureAnalyzer extends AbstractFailureAnalyzer<RedisUnreachableException> {
  @Override
  protected FailureAnalysis analyze(Throwable root, RedisUnreachableException cause) {
    return new FailureAnalysis(
        "tenso cannot start: Redis at " + cause.address() + " cannot be reached.",
        "Start Redis at " + cause.address() + ", or unset spring.data.redis.url, "
            + "spring.data.redis.host and REDIS_URL to let tenso start its embedded Redis.",
        cause);
  }
}
