package dev.tenso.redis.auth;

import dev.tenso.core.common.UserId;
import java.time.Duration;

/** What the sign-in stores share: their key prefix and TTL floor. */
final class RedisCalls {
  static final String PREFIX = "tenso:auth:";

  private RedisCalls() {}

  /**
   * {@code tenso:auth:<kind>:{<user id>}}: a user's sign-in records share the user's hash tag,
   * so on Redis Cluster they live in one slot.
   */
  static String userKey(String kind, UserId user) {
    return PREFIX + kind + ":{" + user.value() + "}";
  }

  /** A TTL of at least one second. */
  static Duration atLeastASecond(Duration d) {
    return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
  }
}
