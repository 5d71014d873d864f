package dev.tenso.redis.auth;

import static dev.tenso.redis.RedisFailures.call;
import static dev.tenso.redis.auth.RedisCalls.PREFIX;

import dev.tenso.core.auth.AuthSession;
import dev.tenso.core.auth.AuthSessions;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * One session per channel identity: hash {@code tenso:auth:session:<channel>:<identity>} (id,
 * user, verified and last-seen times in epoch ms, pending action ({@link PendingActionCodec}),
 * challenge, terms still to agree), replaced whole with its TTL by a Lua script.
 */
public final class RedisAuthSessions implements AuthSessions {
  private static final RedisScript<Long> SAVE = RedisScript.of("""
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], 'id', ARGV[1], 'user', ARGV[2], 'verified', ARGV[3],
          'seen', ARGV[4], 'pending', ARGV[5], 'challenge', ARGV[6], 'terms', ARGV[8])
      redis.call('PEXPIRE', KEYS[1], ARGV[7])
      return 1
      """, Long.class);

  private final StringRedisTemplate redis;

  public RedisAuthSessions(StringRedisTemplate redis) {
    this.redis = redis;
  }

  static String key(ChannelIdentity identity) {
    return PREFIX + "session:" + identity.key();
  }

  @Override
  public Optional<AuthSession> find(ChannelIdentity identity) {
    Map<Object, Object> h = call(() -> redis.opsForHash().entries(key(identity)));
    if (h == null || h.get("user") == null || h.get("seen") == null) {
      return Optional.empty();
    }
    String verified = (String) h.getOrDefault("verified", "");
    return Optional.of(new AuthSession(identity, (String) h.get("id"),
        new UserId((String) h.get("user")),
        verified.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(verified)),
        Instant.ofEpochMilli(Long.parseLong((String) h.get("seen"))),
        PendingActionCodec.decode((String) h.get("pending")), (String) h.get("challenge"),
        "1".equals(h.get("terms"))));
  }

  @Override
  public void save(AuthSession s, Duration keep) {
    call(() -> redis.execute(SAVE, List.of(key(s.identity())), s.id(), s.user().value(),
        s.verifiedAt() == null ? "" : Long.toString(s.verifiedAt().toEpochMilli()),
        Long.toString(s.lastSeenAt().toEpochMilli()), PendingActionCodec.encode(s.pending()),
        s.challengeId(), Long.toString(RedisCalls.atLeastASecond(keep).toMillis()),
        s.termsPending() ? "1" : ""));
  }

  @Override
  public void delete(ChannelIdentity identity) {
    call(() -> redis.delete(key(identity)));
  }
}
