package dev.tenso.redis.auth;

import static dev.tenso.redis.RedisFailures.call;
import static dev.tenso.redis.RedisFailures.run;

import dev.tenso.core.auth.TotpSecrets;
import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * TOTP secrets sealed with AES-GCM ({@code tenso:auth:totp:{<user>}}, no TTL; pending enrolment
 * {@code tenso:auth:totp-pending:{<user>}}, 1 h) and the last accepted time step
 * ({@code tenso:auth:totp-step:{<user>}}, 1 day), advanced only forward by a Lua script.
 */
public final class RedisTotpSecrets implements TotpSecrets {
  private static final RedisScript<Long> ACCEPT_STEP = RedisScript.of("""
      local last = tonumber(redis.call('GET', KEYS[1]) or '-1')
      if tonumber(ARGV[1]) > last then
        redis.call('SET', KEYS[1], ARGV[1], 'EX', 86400)
        return 1
      end
      return 0
      """, Long.class);

  private final StringRedisTemplate redis;
  private final SecretCipher cipher;

  public RedisTotpSecrets(StringRedisTemplate redis, SecretCipher cipher) {
    this.redis = redis;
    this.cipher = cipher;
  }

  static String secretKey(UserId user) {
    return RedisCalls.userKey("totp", user);
  }

  static String pendingKey(UserId user) {
    return RedisCalls.userKey("totp-pending", user);
  }

  static String stepKey(UserId user) {
    return RedisCalls.userKey("totp-step", user);
  }

  @Override
  public void save(UserId user, String base32Secret) {
    String sealed = cipher.seal(base32Secret, user.value());
    run(() -> {
      redis.opsForValue().set(secretKey(user), sealed);
      redis.delete(pendingKey(user));
    });
  }

  @Override
  public Optional<String> find(UserId user) {
    return Optional.ofNullable(call(() -> redis.opsForValue().get(secretKey(user))))
        .map(s -> cipher.open(s, user.value()));
  }

  @Override
  public void savePending(UserId user, String base32Secret, Duration keep) {
    String sealed = cipher.seal(base32Secret, user.value());
    run(() -> redis.opsForValue().set(pendingKey(user), sealed, keep));
  }

  @Override
  public Optional<String> findPending(UserId user) {
    return Optional.ofNullable(call(() -> redis.opsForValue().get(pendingKey(user))))
        .map(s -> cipher.open(s, user.value()));
  }

  @Override
  public void delete(UserId user) {
    run(() -> redis.delete(List.of(secretKey(user), pendingKey(user))));
  }

  @Override
  public boolean acceptStep(UserId user, long step) {
    Long r = call(() -> redis.execute(ACCEPT_STEP, List.of(stepKey(user)), Long.toString(step)));
    return r != null && r == 1L;
  }
}
