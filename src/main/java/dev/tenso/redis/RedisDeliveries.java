package dev.tenso.redis;

import dev.tenso.core.common.Deliveries;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Deliveries claimed with {@code SET tenso:delivery:{id} 1 NX EX}: one command, atomic. */
public final class RedisDeliveries implements Deliveries {
  private final StringRedisTemplate redis;

  public RedisDeliveries(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public boolean claim(String id, Duration keep) {
    Boolean first = RedisFailures.call(
        () -> redis.opsForValue().setIfAbsent(Keys.delivery(id), "1", keep));
    return Boolean.TRUE.equals(first);
  }
}
