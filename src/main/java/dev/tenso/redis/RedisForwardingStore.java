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
 * Forwarding per number in one hash with a {@code version} field. A change is one Lua script in
 * the number's slot: check the version, write the fields, bump the version, append the audit
 * event to the number's stream and replace the number's routing record, all or nothing. Then the
 * event is fed to the views that span slots ({@link AuditFeed}).
 */
public final class RedisForwardingStore implements ForwardingStore {
  private final StringRedisTemplate redis;
  private final AuditFeed feed;
  private final TrackedHashes tracked;

  public RedisForwardingStore(StringRedisTemplate redis, AuditFeed feed) {
    this(redis, feed, TrackedHashes.off());
  }

  /**
   * @param tracked where settings and routing records may be kept: this store's changes drop
   *     theirs at once
   */
  public RedisForwardingStore(StringRedisTemplate redis, AuditFeed feed, TrackedHashes tracked) {
    this.redis = redis;
    this.feed = feed;
    this.tracked = tracked;
  }

  @Override
  public Versioned<ForwardingSetting> get(IpNumber number) {
    return RedisFailures.call(
        () -> ForwardingCodec.read(redis.opsForHash().entries(Keys.forwarding(number.digits()))));
  }

  @Override
  public boolean compareAndSet(IpNumber number, long expectedVersion, ForwardingSetting next,
      RoutingDecision route, AuditEvent event) {
    Pipelines.Call cas = cas(number, expectedVersion, next, route, event, feed.minId());
    Long written = RedisFailures.call(
        () -> redis.execute(Scripts.FORWARDING_CAS, cas.keys(), cas.args().toArray()));
    if (written == null || written != 1L) {
      return false;
    }
    changed(cas);
    return true;
  }

  /** After a change written by {@code cas}: its setting and route dropped here, its audit fed. */
  void changed(Pipelines.Call cas) {
    tracked.forget(cas.keys().get(0));
    tracked.forget(cas.keys().get(1));
    feed.afterChange(cas.keys().get(2));
  }

  /** The keys and arguments of {@link Scripts#FORWARDING_CAS}; KEYS[3] is the audit origin. */
  static Pipelines.Call cas(IpNumber number, long expectedVersion, ForwardingSetting next,
      RoutingDecision route, AuditEvent event, String minId) {
    String origin = Keys.numberAudit(number.digits());
    List<String> keys = List.of(Keys.forwarding(number.digits()), Keys.route(number.digits()),
        origin, Keys.unfed(origin));
    Map<String, String> fields = ForwardingCodec.fields(next);
    Map<String, String> routeFields = RouteCodec.fields(route);
    List<String> args = new ArrayList<>();
    args.add(Long.toString(expectedVersion));
    args.add(Integer.toString(fields.size() * 2));
    args.add(Integer.toString(routeFields.size() * 2));
    args.add(minId);
    Scripts.addPairs(args, fields);
    Scripts.addPairs(args, routeFields);
    Scripts.addPairs(args, AuditCodec.fields(event));
    return new Pipelines.Call(keys, args);
  }

  /** The feed this store's changes go through. */
  AuditFeed feed() {
    return feed;
  }
}
