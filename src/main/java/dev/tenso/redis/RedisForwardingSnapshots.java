package dev.tenso.redis;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;

/**
 * A user's forwarding snapshot read slot by slot, every key named by the adapter (so it reads the
 * same on one server and on Redis Cluster): the user (by id, or by the Slack id index
 * {@code tenso:user-slack:{directory}:<id>}), then in one pipeline the hashes of their user groups
 * and each number's number and forwarding hashes ({@code {<digits>}}), then the numbers'
 * contracts and the contracts' sites ({@code {inventory}}). Each step is one round trip; the
 * cost follows the numbers read, never the organisation.
 */
public final class RedisForwardingSnapshots implements ForwardingSnapshots {
  private static final Snapshot NOBODY = new Snapshot(Optional.empty(), List.of(), List.of(), 0);
  private final StringRedisTemplate redis;

  public RedisForwardingSnapshots(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public Snapshot read(UserId user, List<IpNumber> named, int limit) {
    return read(user.value(), "", named, limit);
  }

  @Override
  public Snapshot readBySlackId(String slackId, List<IpNumber> named, int limit) {
    if (slackId == null || slackId.isEmpty()) {
      return NOBODY;
    }
    String id = RedisFailures.call(() -> redis.opsForValue().get(Keys.userSlack(slackId)));
    return id == null ? NOBODY : read(id, slackId, named, limit);
  }

  private Snapshot read(String userId, String slackId, List<IpNumber> named, int limit) {
    Map<Object, Object> stored =
        RedisFailures.call(() -> redis.opsForHash().entries(Keys.user(userId)));
    if (stored == null || stored.isEmpty()
        || !slackId.isEmpty() && !slackId.equals(stored.get("slackId"))) {
      return NOBODY;
    }
    User u = UserCodec.user(stored);
    List<String> wanted = new ArrayList<>();
    if (named.isEmpty()) {
      u.numbers().stream().map(IpNumber::digits).sorted().limit(limit).forEach(wanted::add);
    } else {
      named.forEach(n -> wanted.add(n.digits()));
    }
    List<String> groupNames = u.groups().stream().sorted().toList();
    List<String> keys = new ArrayList<>();
    groupNames.forEach(g -> keys.add(Keys.userGroup(g)));
    wanted.forEach(d -> {
      keys.add(Keys.number(d));
      keys.add(Keys.forwarding(d));
    });
    List<Map<Object, Object>> first = hashes(keys);
    List<UserGroup> groups = new ArrayList<>();
    int at = 0;
    for (; at < groupNames.size(); at++) {
      if (!first.get(at).isEmpty()) {
        groups.add(UserCodec.group(first.get(at)));
      }
    }
    List<Map<Object, Object>> numbers = new ArrayList<>();
    List<Map<Object, Object>> forwardings = new ArrayList<>();
    for (; at < first.size(); at += 2) {
      if (!first.get(at).isEmpty()) {
        numbers.add(first.get(at));
        forwardings.add(first.get(at + 1));
      }
    }
    List<Map<Object, Object>> contracts = hashes(numbers.stream()
        .map(n -> Keys.contract(String.valueOf(n.getOrDefault("contract", "")))).toList());
    List<Map<Object, Object>> sites = hashes(contracts.stream()
        .map(c -> Keys.site(String.valueOf(c.getOrDefault("site", "")))).toList());
    List<NumberState> states = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      if (!contracts.get(i).isEmpty() && !sites.get(i).isEmpty()) {
        NumberDetails details = new NumberDetails(InventoryCodec.number(numbers.get(i)),
            InventoryCodec.contract(contracts.get(i)), InventoryCodec.site(sites.get(i)));
        states.add(new NumberState(details, ForwardingCodec.read(forwardings.get(i))));
      }
    }
    return new Snapshot(Optional.of(u), groups, states, u.numbers().size());
  }

  /** The hashes of {@code keys} in order (empty when missing): one pipelined round trip. */
  private List<Map<Object, Object>> hashes(List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<Object> out = RedisFailures.call(() -> redis.executePipelined(new SessionCallback<>() {
      @Override
      @SuppressWarnings("unchecked")
      public <K, V> Object execute(RedisOperations<K, V> ops) {
        keys.forEach(k -> ops.opsForHash().entries((K) k));
        return null;
      }
    }));
    List<Map<Object, Object>> maps = new ArrayList<>(out.size());
    for (Object o : out) {
      @SuppressWarnings("unchecked")
      Map<Object, Object> m = o == null ? Map.of() : (Map<Object, Object>) o;
      maps.add(m);
    }
    return maps;
  }
}
