package dev.tenso.redis.auth;

import static dev.tenso.redis.RedisFailures.call;

import dev.tenso.core.auth.TermsAgreements;
import dev.tenso.core.common.UserId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Agreements per user: hash {@code tenso:auth:terms:{<user>}}, version to epoch ms (HSETNX). */
public final class RedisTermsAgreements implements TermsAgreements {
  private final StringRedisTemplate redis;

  public RedisTermsAgreements(StringRedisTemplate redis) {
    this.redis = redis;
  }

  static String key(UserId user) {
    return RedisCalls.userKey("terms", user);
  }

  @Override
  public TermsAgreement agree(UserId user, String version, Instant at) {
    call(() -> redis.opsForHash().putIfAbsent(key(user), version, Long.toString(at.toEpochMilli())));
    return find(user, version).orElseThrow();
  }

  @Override
  public boolean agreedAny(UserId user) {
    return Boolean.TRUE.equals(call(() -> redis.hasKey(key(user))));
  }

  @Override
  public Optional<TermsAgreement> find(UserId user, String version) {
    Object at = call(() -> redis.opsForHash().get(key(user), version));
    return Optional.ofNullable(at)
        .map(v -> new TermsAgreement(version, Instant.ofEpochMilli(Long.parseLong((String) v))));
  }
}
