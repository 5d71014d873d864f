package dev.tenso.redis.auth;

import dev.tenso.core.common.StoreUnavailableException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/** Turns Redis failures into the core's {@link StoreUnavailableException}. */
final class RedisCalls {
  static final String PREFIX = "tenso:auth:";

  private RedisCalls() {}

  static <T> T call(Supplier<T> s) {
    try {
      return s.get();
    } catch (DataAccessException e) {
      throw new StoreUnavailableException("redis did not answer", e);
    }
  }

  static void run(Runnable r) {
    call(() -> {
      r.run();
      return null;
    });
  }

  /** A TTL of at least one second. */
  static Duration atLeastASecond(Duration d) {
    return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
  }
}
