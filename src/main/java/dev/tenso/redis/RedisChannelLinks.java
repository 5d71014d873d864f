package dev.tenso.redis;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.ChannelLinks;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Channel links as two string keys written by one script: {@code tenso:link:{channel}:{id}} to
 * the user id, and {@code tenso:user-link:{channel}:{userId}} back.
 */
public final class RedisChannelLinks implements ChannelLinks {
  /** KEYS[1] forward key, KEYS[2] back key; ARGV[1] user id, ARGV[2] external id. */
  private static final RedisScript<Long> LINK = RedisScript.of("""
      redis.call('SET', KEYS[1], ARGV[1])
      redis.call('SET', KEYS[2], ARGV[2])
      return 1
      """, Long.class);

  private final StringRedisTemplate redis;

  public RedisChannelLinks(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public Optional<UserId> userOf(Channel channel, String externalId) {
    String id = RedisFailures.call(() -> redis.opsForValue().get(Keys.link(channel, externalId)));
    return Optional.ofNullable(id).map(UserId::new);
  }

  @Override
  public Optional<String> externalIdOf(Channel channel, UserId user) {
    return Optional.ofNullable(RedisFailures.call(
        () -> redis.opsForValue().get(Keys.userLink(channel, user.value()))));
  }

  @Override
  public void link(Channel channel, String externalId, UserId user) {
    RedisFailures.call(() -> redis.execute(LINK,
        List.of(Keys.link(channel, externalId), Keys.userLink(channel, user.value())),
        user.value(), externalId));
  }
}
