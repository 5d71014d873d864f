package dev.tenso.testsupport;

import dev.tenso.redis.AuditFeed;
import java.time.Clock;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The audit feed the adapters take, with the default retention, for tests and the benchmark. */
public final class AuditFeeds {
  private AuditFeeds() {}

  public static AuditFeed of(StringRedisTemplate redis) {
    return new AuditFeed(redis, Duration.ofDays(400), Clock.systemUTC());
  }
}
