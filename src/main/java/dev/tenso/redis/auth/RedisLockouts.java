package dev.tenso.redis.auth;

import static dev.tenso.redis.RedisFailures.call;
import static dev.tenso.redis.RedisFailures.run;

import dev.tenso.core.auth.Lockouts;
import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Failed-code counters ({@code tenso:auth:fail:{<user>}}, INCR, kept 1 day) and locks
 * ({@code tenso:auth:lock:{<user>}}, the end as epoch milliseconds; the core compares it with its
 * clock, the TTL only cleans up).
 */
public final class RedisLockouts implements Lockouts {
  private static final RedisScript<Long> ADD_FAILURE = RedisScript.of("""
      local n = redis.call('INCR', KEYS[1])
      redis.call('EXPIRE', KEYS[1], 86400)
      return n
      """, Long.class);

  private final StringRedisTemplate redis;

  public RedisLockouts(StringRedisTemplate redis) {
    this.redis = redis;
  }

  static String failKey(UserId user) {
    return RedisCalls.userKey("fail", user);
  }

  static String lockKey(UserId user) {
    return RedisCalls.userKey("lock", user);
  }

  @Override
  public long addFailure(UserId user) {
    Long n = call(() -> redis.execute(ADD_FAILURE, List.of(failKey(user))));
    return n == null ? 0 : n;
  }

  @Override
  public void resetFailures(UserId user) {
    run(() -> redis.delete(failKey(user)));
  }

  @Override
  public void lock(UserId user, Instant until, Duration keep) {
    run(() -> redis.opsForValue().set(lockKey(user), Long.toString(until.toEpochMilli()),
        RedisCalls.atLeastASecond(keep)));
  }

  @Override
  public Optional<Instant> lockedUntil(UserId user) {
    return Optional.ofNullable(call(() -> redis.opsForValue().get(lockKey(user))))
        .map(v -> Instant.ofEpochMilli(Long.parseLong(v)));
  }

  @Override
  public void unlock(UserId user) {
    run(() -> redis.delete(lockKey(user)));
  }
}
