package dev.tenso.redis;

import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.RoutingTable;
import dev.tenso.core.inventory.IpNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The routing records ({@code tenso:route:{<digits>}}, in the number's slot): one HGETALL, kept
 * by {@link TrackedHashes} until Redis tells of a change (so a call to a number whose setting did
 * not change since reads nothing); a missing one added by a script that checks the forwarding
 * version it was decided from.
 */
public final class RedisRoutingTable implements RoutingTable {
  /** A routing record as decoded, kept with it. */
  private static final java.util.function.Function<java.util.Map<Object, Object>, ?> ROUTE =
      RouteCodec::read;

  private final StringRedisTemplate redis;
  private final TrackedHashes tracked;

  public RedisRoutingTable(StringRedisTemplate redis) {
    this(redis, TrackedHashes.off());
  }

  /** @param tracked where routing records are read, kept until Redis tells of a change */
  public RedisRoutingTable(StringRedisTemplate redis, TrackedHashes tracked) {
    this.redis = redis;
    this.tracked = tracked;
  }

  /** KEYS[1] route, KEYS[2] forwarding; ARGV[1] expected version, then the record's pairs. */
  private static final RedisScript<Long> ADD_IF_MISSING = RedisScript.of("""
      if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
      local version = tonumber(redis.call('HGET', KEYS[2], 'version') or '0')
      if version ~= tonumber(ARGV[1]) then return 0 end
      local fields = {}
      for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
      redis.call('HSET', KEYS[1], unpack(fields))
      return 1
      """, Long.class);

  @Override
  public boolean addIfMissing(IpNumber number, long forwardingVersion, RoutingDecision route) {
    List<String> args = new ArrayList<>();
    args.add(Long.toString(forwardingVersion));
    Scripts.addPairs(args, RouteCodec.fields(route));
    Long added = RedisFailures.call(() -> redis.execute(ADD_IF_MISSING,
        List.of(Keys.route(number.digits()), Keys.forwarding(number.digits())), args.toArray()));
    tracked.forget(Keys.route(number.digits()));
    return added != null && added == 1L;
  }

  @Override
  public boolean backfilled() {
    return Boolean.TRUE.equals(RedisFailures.call(() -> redis.hasKey(Keys.ROUTES_BACKFILLED)));
  }

  @Override
  public void markBackfilled() {
    RedisFailures.run(() -> redis.opsForValue().set(Keys.ROUTES_BACKFILLED, "1"));
  }

  @Override
  public Optional<RoutingDecision> route(IpNumber number) {
    String key = Keys.route(number.digits());
    @SuppressWarnings("unchecked")
    Optional<Optional<RoutingDecision>> kept = tracked.values(List.of(key), List.of(ROUTE))
        .map(v -> (Optional<RoutingDecision>) v.get(0));
    return kept.orElseGet(() -> RouteCodec.read(Pipelines.hashes(redis, List.of(key)).get(0)));
  }
}
