package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.IpNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Forwarding per number in one hash with a {@code version} field. A change is one Lua script:
 * check the version, write the fields, bump the version and append the audit event to the global,
 * the number's and the users' streams, and replace the number's routing record, all or nothing.
 */
public final class RedisForwardingStore implements ForwardingStore {
  private final StringRedisTemplate redis;

  public RedisForwardingStore(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public Versioned<ForwardingSetting> get(IpNumber number) {
    return RedisFailures.call(
        () -> ForwardingCodec.read(redis.opsForHash().entries(Keys.forwarding(number.digits()))));
  }

  @Override
  public boolean compareAndSet(IpNumber number, long expectedVersion, ForwardingSetting next,
      RoutingDecision route, AuditEvent event) {
    List<String> keys = new ArrayList<>();
    keys.add(Keys.forwarding(number.digits()));
    keys.add(Keys.route(number.digits()));
    keys.addAll(AuditCodec.streams(event));
    Map<String, String> fields = ForwardingCodec.fields(next);
    Map<String, String> routeFields = RouteCodec.fields(route);
    List<String> args = new ArrayList<>();
    args.add(Long.toString(expectedVersion));
    args.add(Integer.toString(fields.size() * 2));
    args.add(Integer.toString(routeFields.size() * 2));
    Scripts.addPairs(args, fields);
    Scripts.addPairs(args, routeFields);
    Scripts.addPairs(args, AuditCodec.fields(event));
    Long written = RedisFailures.call(
        () -> redis.execute(Scripts.FORWARDING_CAS, keys, args.toArray()));
    return written != null && written == 1L;
  }
}
