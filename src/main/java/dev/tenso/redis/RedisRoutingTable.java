package dev.tenso.redis;

import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.RoutingTable;
import dev.tenso.core.inventory.IpNumber;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The routing records ({@code tenso:route:<digits>}): one HGETALL per call. */
public final class RedisRoutingTable implements RoutingTable {
  private final StringRedisTemplate redis;

  public RedisRoutingTable(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public Optional<RoutingDecision> route(IpNumber number) {
    return RouteCodec.read(
        RedisFailures.call(() -> redis.opsForHash().entries(Keys.route(number.digits()))));
  }
}
