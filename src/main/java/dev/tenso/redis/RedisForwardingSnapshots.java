package dev.tenso.redis;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A user's forwarding snapshot read slot by slot, every key named by the adapter (so it reads the
 * same on one server and on Redis Cluster): once an instance has answered the user before, in two
 * round trips of one command per slot. First the user with the inventory's version (one script
 * in the directory's slot; by the Slack id, the user it was last linked to, remembered in
 * {@link SlackLinks} and checked against the record's {@code slackId}, else the index
 * {@code tenso:user-slack:{directory}:<id>} first); then together each shown number's number and
 * forwarding hashes (one script in the number's slot {@code {<digits>}}) and the hashes of the
 * user's groups. Contracts and sites ({@code {inventory}}) come from the {@link InventoryCache}
 * when kept at that version, else in two more. The cost follows the numbers read, never the
 * organisation.
 *
 * <p>Where Redis can track what a connection read (one server, Sentinels: see
 * {@link TrackedHashes}) the same hashes are read through it instead, each kept until Redis tells
 * of its change: a Slack user's next snapshot, when nothing in it changed, reads nothing.
 */
public final class RedisForwardingSnapshots implements ForwardingSnapshots {
  private static final Snapshot NOBODY = new Snapshot(Optional.empty(), List.of(), List.of(), 0);
  /** In the directory's slot: KEYS[1] the user's hash, KEYS[2] the inventory's state. */
  @SuppressWarnings("rawtypes")
  static final RedisScript<List> USER_AND_VERSION = RedisScript.of("""
      return {redis.call('HGETALL', KEYS[1]), redis.call('HGET', KEYS[2], 'version') or '0'}
      """, List.class);
  /** In a number's slot: KEYS[1] its number hash, KEYS[2] its forwarding hash. */
  @SuppressWarnings("rawtypes")
  static final RedisScript<List> NUMBER_AND_FORWARDING = RedisScript.of("""
      return {redis.call('HGETALL', KEYS[1]), redis.call('HGETALL', KEYS[2])}
      """, List.class);

  private final StringRedisTemplate redis;
  private final TrackedHashes tracked;
  private final TrackedSnapshots trackedSnapshots;
  private final SlackLinks links = new SlackLinks();
  private final InventoryCache inventory = new InventoryCache();

  public RedisForwardingSnapshots(StringRedisTemplate redis) {
    this(redis, TrackedHashes.off());
  }

  /**
   * @param tracked where the hashes are read when it is on: kept until Redis tells of a change,
   *     so a snapshot whose hashes did not change reads nothing
   */
  public RedisForwardingSnapshots(StringRedisTemplate redis, TrackedHashes tracked) {
    this.redis = redis;
    this.tracked = tracked;
    this.trackedSnapshots = new TrackedSnapshots(redis, tracked, inventory);
  }

  @Override
  public Snapshot read(UserId user, List<IpNumber> named, int limit) {
    return read(user.value(), "", named, limit).orElse(NOBODY);
  }

  @Override
  public Snapshot readBySlackId(String slackId, List<IpNumber> named, int limit) {
    if (slackId == null || slackId.isEmpty()) {
      return NOBODY;
    }
    String known = links.userOf(slackId);
    if (known != null) {
      Optional<Snapshot> s = read(known, slackId, named, limit);
      if (s.isPresent()) {
        return s.get();
      }
      links.forget(slackId); // the link moved since: read it again
    }
    String id = RedisFailures.call(() -> redis.opsForValue().get(Keys.userSlack(slackId)));
    if (id == null) {
      return NOBODY;
    }
    Optional<Snapshot> s = read(id, slackId, named, limit);
    s.ifPresent(found -> links.remember(slackId, id));
    return s.orElse(NOBODY);
  }

  /** Empty when no such user is stored or (with a Slack id) the user is not linked to it. */
  private Optional<Snapshot> read(String userId, String slackId, List<IpNumber> named,
      int limit) {
    if (tracked.on()) {
      try {
        return trackedSnapshots.read(userId, slackId, named, limit);
      } catch (java.util.NoSuchElementException stopped) {
        // tracking stopped meanwhile (the connection factory is stopping): read slot by slot
      }
    }
    return readBySlot(userId, slackId, named, limit);
  }

  /** The numbers a snapshot shows: those named, else the user's first {@code limit}. */
  private static List<String> wanted(User u, List<IpNumber> named, int limit) {
    List<String> wanted = new ArrayList<>();
    if (named.isEmpty()) {
      u.numbers().stream().map(IpNumber::digits).sorted().limit(limit).forEach(wanted::add);
    } else {
      named.forEach(n -> wanted.add(n.digits()));
    }
    return wanted;
  }

  /** Slot by slot with scripts (every key named), contracts and sites by inventory version. */
  private Optional<Snapshot> readBySlot(String userId, String slackId, List<IpNumber> named,
      int limit) {
    List<?> first = (List<?>) Pipelines.scripts(redis, USER_AND_VERSION, List.of(
        new Pipelines.Call(List.of(Keys.user(userId), Keys.INVENTORY_STATE), List.of())))
        .get(0);
    Map<Object, Object> stored = Pipelines.hash(first.get(0));
    if (stored.isEmpty() || !slackId.isEmpty() && !slackId.equals(stored.get("slackId"))) {
      return Optional.empty();
    }
    long version = Long.parseLong(Pipelines.text(first.get(1)));
    User u = UserCodec.user(stored);
    List<String> wanted = wanted(u, named, limit);
    List<String> groupNames = u.groups().stream().sorted().toList();
    List<Object> read = Pipelines.scripts(redis, NUMBER_AND_FORWARDING, wanted.stream()
        .map(d -> new Pipelines.Call(List.of(Keys.number(d), Keys.forwarding(d)), List.of()))
        .toList());
    List<UserGroup> groups = new ArrayList<>();
    for (Map<Object, Object> g : Pipelines.hashes(redis,
        groupNames.stream().map(Keys::userGroup).toList())) {
      if (!g.isEmpty()) {
        groups.add(UserCodec.group(g));
      }
    }
    List<OfficeNumber> numbers = new ArrayList<>();
    List<Map<Object, Object>> forwardings = new ArrayList<>();
    for (Object o : read) {
      List<?> pair = (List<?>) o;
      Map<Object, Object> number = Pipelines.hash(pair.get(0));
      if (!number.isEmpty()) {
        numbers.add(InventoryCodec.number(number));
        forwardings.add(Pipelines.hash(pair.get(1)));
      }
    }
    List<NumberState> states = new ArrayList<>();
    List<NumberDetails> details = inventory.details(redis, version, numbers);
    for (int i = 0; i < numbers.size(); i++) {
      if (details.get(i) != null) {
        states.add(new NumberState(details.get(i), ForwardingCodec.read(forwardings.get(i))));
      }
    }
    return Optional.of(new Snapshot(Optional.of(u), groups, states, u.numbers().size()));
  }
}
