package dev.tenso.redis.auth;

import static dev.tenso.redis.RedisFailures.call;

import dev.tenso.core.auth.MailCodes;
import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The live mail code per user (hash {@code tenso:auth:mail-code:{<user>}}: challenge, code hash,
 * expiry; TTL a little over the validity) and the send times (sorted set
 * {@code tenso:auth:mail-sends:{<user>}}, scored by the core's clock, trimmed to the window).
 */
public final class RedisMailCodes implements MailCodes {
  private static final RedisScript<Long> RECORD_SEND = RedisScript.of("""
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
      if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
        return 0
      end
      redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
      redis.call('PEXPIRE', KEYS[1], ARGV[5])
      return 1
      """, Long.class);
  private static final RedisScript<Long> PUT = RedisScript.of("""
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], 'challenge', ARGV[1], 'hash', ARGV[2], 'expires', ARGV[3])
      redis.call('PEXPIRE', KEYS[1], ARGV[4])
      return 1
      """, Long.class);
  private static final RedisScript<Long> TAKE = RedisScript.of("""
      if redis.call('HGET', KEYS[1], 'challenge') == ARGV[1]
          and redis.call('HGET', KEYS[1], 'hash') == ARGV[2] then
        return redis.call('DEL', KEYS[1])
      end
      return 0
      """, Long.class);

  private final StringRedisTemplate redis;

  public RedisMailCodes(StringRedisTemplate redis) {
    this.redis = redis;
  }

  static String codeKey(UserId user) {
    return RedisCalls.userKey("mail-code", user);
  }

  static String sendsKey(UserId user) {
    return RedisCalls.userKey("mail-sends", user);
  }

  @Override
  public boolean recordSend(UserId user, Instant now, Duration window, int limit) {
    long t = now.toEpochMilli();
    Long r = call(() -> redis.execute(RECORD_SEND, List.of(sendsKey(user)),
        Long.toString(t - window.toMillis()), Long.toString(t), Integer.toString(limit),
        t + ":" + UUID.randomUUID(), Long.toString(window.toMillis() + 60_000)));
    return r != null && r == 1L;
  }

  @Override
  public void put(UserId user, StoredMailCode code, Duration keep) {
    call(() -> redis.execute(PUT, List.of(codeKey(user)), code.challengeId(), code.codeHash(),
        Long.toString(code.expiresAt().toEpochMilli()),
        Long.toString(RedisCalls.atLeastASecond(keep).toMillis())));
  }

  @Override
  public Optional<StoredMailCode> find(UserId user) {
    Map<Object, Object> h = call(() -> redis.opsForHash().entries(codeKey(user)));
    if (h == null || h.get("challenge") == null || h.get("hash") == null
        || h.get("expires") == null) {
      return Optional.empty();
    }
    return Optional.of(new StoredMailCode((String) h.get("challenge"), (String) h.get("hash"),
        Instant.ofEpochMilli(Long.parseLong((String) h.get("expires")))));
  }

  @Override
  public boolean take(UserId user, StoredMailCode code) {
    Long r = call(() -> redis.execute(TAKE, List.of(codeKey(user)), code.challengeId(),
        code.codeHash()));
    return r != null && r == 1L;
  }
}
