package dev.tenso.redis.auth;

import java.time.Duration;

/** What the sign-in stores share: their key prefix and TTL floor. */
final class RedisCalls {
  static final String PREFIX = "tenso:auth:";

  private RedisCalls() {}

  /** A TTL of at least one second. */
  static Duration atLeastASecond(Duration d) {
    return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
  }
}
