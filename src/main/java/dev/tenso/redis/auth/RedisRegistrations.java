package dev.tenso.redis.auth;

import static dev.tenso.redis.RedisFailures.call;
import static dev.tenso.redis.RedisFailures.run;

import dev.tenso.core.auth.RegistrationStep;
import dev.tenso.core.auth.Registrations;
import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Registration codes (hash {@code tenso:auth:reg:{<user>}}: token hash, keypad hash, expiry, with
 * TTL) and progress (hash {@code tenso:auth:reg-progress:{<user>}}). Issuing replaces the hash
 * whole; consuming is a Lua script, so a code is consumed by one caller only.
 */
public final class RedisRegistrations implements Registrations {
  private static final RedisScript<Long> ISSUE = RedisScript.of("""
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], 'token', ARGV[1], 'keypad', ARGV[2], 'expires', ARGV[3])
      redis.call('PEXPIRE', KEYS[1], ARGV[4])
      return 1
      """, Long.class);
  private static final RedisScript<Long> CONSUME = RedisScript.of("""
      if redis.call('HGET', KEYS[1], 'token') == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0
      """, Long.class);

  private final StringRedisTemplate redis;

  public RedisRegistrations(StringRedisTemplate redis) {
    this.redis = redis;
  }

  static String codeKey(UserId user) {
    return RedisCalls.userKey("reg", user);
  }

  static String progressKey(UserId user) {
    return RedisCalls.userKey("reg-progress", user);
  }

  @Override
  public void issue(UserId user, IssuedCode code, Duration keep) {
    call(() -> redis.execute(ISSUE, List.of(codeKey(user)), code.tokenHash(), code.keypadHash(),
        Long.toString(code.expiresAt().toEpochMilli()),
        Long.toString(RedisCalls.atLeastASecond(keep).toMillis())));
  }

  @Override
  public Optional<IssuedCode> find(UserId user) {
    Map<Object, Object> h = call(() -> redis.opsForHash().entries(codeKey(user)));
    if (h == null || h.get("token") == null) {
      return Optional.empty();
    }
    return Optional.of(new IssuedCode((String) h.get("token"), (String) h.get("keypad"),
        Instant.ofEpochMilli(Long.parseLong((String) h.get("expires")))));
  }

  @Override
  public boolean consume(UserId user, String tokenHash) {
    Long r = call(() -> redis.execute(CONSUME, List.of(codeKey(user)), tokenHash));
    return r != null && r == 1L;
  }

  @Override
  public void saveProgress(UserId user, Progress p, Duration keep) {
    run(() -> {
      redis.delete(progressKey(user));
      redis.opsForHash().putAll(progressKey(user), Map.of("step", p.step().name(),
          "identity", p.identityKey(), "challenge", p.challengeId()));
      redis.expire(progressKey(user), RedisCalls.atLeastASecond(keep));
    });
  }

  @Override
  public Optional<Progress> progress(UserId user) {
    Map<Object, Object> h = call(() -> redis.opsForHash().entries(progressKey(user)));
    if (h == null || h.get("step") == null) {
      return Optional.empty();
    }
    return Optional.of(new Progress(RegistrationStep.valueOf((String) h.get("step")),
        (String) h.get("identity"), (String) h.getOrDefault("challenge", "")));
  }

  @Override
  public void clearProgress(UserId user) {
    run(() -> redis.delete(progressKey(user)));
  }
}
