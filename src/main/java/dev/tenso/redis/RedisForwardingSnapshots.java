package dev.tenso.redis;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
  /** In the directory's slot: KEYS[1] the user's hash, KEYS[2] the inventory's version. */
  @SuppressWarnings("rawtypes")
  static final RedisScript<List> USER_AND_VERSION = RedisScript.of("""
      return {redis.call('HGETALL', KEYS[1]), redis.call('GET', KEYS[2]) or '0'}
      """, List.class);
  /** In a number's slot: KEYS[1] its number hash, KEYS[2] its forwarding hash. */
  @SuppressWarnings("rawtypes")
  static final RedisScript<List> NUMBER_AND_FORWARDING = RedisScript.of("""
      return {redis.call('HGETALL', KEYS[1]), redis.call('HGETALL', KEYS[2])}
      """, List.class);

  private final StringRedisTemplate redis;
  private final TrackedHashes tracked;
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
        return readTracked(userId, slackId, named, limit);
      } catch (java.util.NoSuchElementException stopped) {
        // tracking stopped meanwhile (the connection factory is stopping): read slot by slot
      }
    }
    return readBySlot(userId, slackId, named, limit);
  }

  /**
   * Through {@link TrackedHashes}: the user, then together the numbers shown, their settings and
   * the user's groups, then their contracts, then their sites; each level read only for what is
   * not kept (nothing, once read and while unchanged).
   */
  private Optional<Snapshot> readTracked(String userId, String slackId, List<IpNumber> named,
      int limit) {
    Stamp stamp = new Stamp();
    List<String> userKey = List.of(Keys.user(userId));
    UserRead r = (UserRead) stamp.add(userKey, tracked.decoded(userKey, USER_ONLY)).get(0);
    if (r == null || !slackId.isEmpty() && !slackId.equals(r.user().slackId())) {
      return Optional.empty();
    }
    User u = r.user();
    Level shown = named.isEmpty() ? r.first(limit)
        : Level.of(named.stream().map(IpNumber::digits).toList(), r.groupNames());
    int count = shown.digits().size();
    List<Object> read = stamp.add(shown.keys(), tracked.decoded(shown.keys(), shown.decode()));
    List<OfficeNumber> numbers = new ArrayList<>(count);
    List<Versioned<ForwardingSetting>> settings = new ArrayList<>(count);
    List<String> contractKeys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (read.get(2 * i) instanceof OfficeNumber n) {
        numbers.add(n);
        @SuppressWarnings("unchecked")
        Versioned<ForwardingSetting> setting = (Versioned<ForwardingSetting>) read.get(2 * i + 1);
        settings.add(setting);
        contractKeys.add(Keys.contract(n.contract().value()));
      }
    }
    List<UserGroup> groups = new ArrayList<>(read.size() - 2 * count);
    for (int i = 2 * count; i < read.size(); i++) {
      if (read.get(i) instanceof UserGroup group) {
        groups.add(group);
      }
    }
    List<Object> contracts = stamp.add(contractKeys, tracked.decoded(contractKeys,
        Collections.nCopies(contractKeys.size(), CONTRACT)));
    List<String> siteKeys = new ArrayList<>(contracts.size());
    for (Object c : contracts) {
      siteKeys.add(Keys.site(c instanceof Contract contract ? contract.site().value() : ""));
    }
    List<Object> sites = stamp.add(siteKeys, tracked.decoded(siteKeys,
        Collections.nCopies(siteKeys.size(), SITE)));
    List<NumberState> states = new ArrayList<>(numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      if (contracts.get(i) instanceof Contract c && sites.get(i) instanceof Site site) {
        states.add(new NumberState(new NumberDetails(numbers.get(i), c, site), settings.get(i)));
      }
    }
    return Optional.of(new Snapshot(Optional.of(u), groups, states, u.numbers().size(),
        stamp.done()));
  }

  /**
   * A user record as decoded, kept with its hash: the user, their numbers' digits in order and
   * their groups' names in order, and the last second level worked out for them.
   */
  private record UserRead(User user, List<String> digits, List<String> groupNames,
      Level[] last) {
    static UserRead of(User u) {
      return new UserRead(u, u.numbers().stream().map(IpNumber::digits).sorted().toList(),
          u.groups().stream().sorted().toList(), new Level[1]);
    }

    /** The second level for the user's first {@code limit} numbers. */
    Level first(int limit) {
      Level l = last[0];
      int count = Math.min(limit, digits.size());
      if (l == null || l.digits().size() != count) {
        l = Level.of(digits.subList(0, count), groupNames);
        last[0] = l;
      }
      return l;
    }
  }

  /** The second level of a snapshot: each number's hash and setting, then the groups. */
  private record Level(List<String> digits, List<String> keys,
      List<Function<Map<Object, Object>, ?>> decode) {
    static Level of(List<String> digits, List<String> groupNames) {
      List<String> keys = new ArrayList<>(digits.size() * 2 + groupNames.size());
      List<Function<Map<Object, Object>, ?>> decode = new ArrayList<>(keys.size());
      for (String d : digits) {
        keys.add(Keys.number(d));
        decode.add(NUMBER);
        keys.add(Keys.forwarding(d));
        decode.add(FORWARDING);
      }
      for (String g : groupNames) {
        keys.add(Keys.userGroup(g));
        decode.add(GROUP);
      }
      return new Level(List.copyOf(digits), List.copyOf(keys), List.copyOf(decode));
    }
  }

  /**
   * The numbers of the reads a tracked snapshot was made of, level by level: equal for two
   * snapshots made of the very same hashes.
   */
  private final class Stamp {
    private final List<long[]> levels = new ArrayList<>(4);
    private final List<String> keys = new ArrayList<>();

    /** The values read at {@code at} (none when tracking stopped meanwhile), noting the reads. */
    List<Object> add(List<String> at, Optional<TrackedHashes.Decodes> read) {
      TrackedHashes.Decodes d = read.orElseThrow();
      levels.add(d.reads());
      keys.addAll(at);
      return d.values();
    }

    Reads done() {
      int size = 0;
      for (long[] l : levels) {
        size += l.length;
      }
      long[] all = new long[size];
      int at = 0;
      for (long[] l : levels) {
        System.arraycopy(l, 0, all, at, l.length);
        at += l.length;
      }
      return new Reads(all, keys.toArray(String[]::new), tracked);
    }
  }

  /**
   * A snapshot's stamp: the numbers of its reads (what equality compares), and the keys read,
   * which {@link TrackedHashes} can tell are still kept from those very reads.
   */
  private record Reads(long[] numbers, String[] keys, TrackedHashes tracked)
      implements ForwardingSnapshots.Stamp {
    @Override
    public boolean unchanged() {
      return tracked.stillKept(keys, numbers);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Reads r && java.util.Arrays.equals(numbers, r.numbers);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(numbers);
    }

    @Override
    public String toString() {
      return "Reads" + java.util.Arrays.toString(numbers);
    }
  }

  /** What the tracked hashes are decoded to (null for a missing one). */
  private static final Function<Map<Object, Object>, ?> USER =
      h -> h.isEmpty() ? null : UserRead.of(UserCodec.user(h));
  private static final List<Function<Map<Object, Object>, ?>> USER_ONLY = List.of(USER);
  private static final Function<Map<Object, Object>, ?> NUMBER =
      h -> h.isEmpty() ? null : InventoryCodec.number(h);
  private static final Function<Map<Object, Object>, ?> FORWARDING = ForwardingCodec::read;
  private static final Function<Map<Object, Object>, ?> GROUP =
      h -> h.isEmpty() ? null : UserCodec.group(h);
  private static final Function<Map<Object, Object>, ?> CONTRACT =
      h -> h.isEmpty() ? null : InventoryCodec.contract(h);
  private static final Function<Map<Object, Object>, ?> SITE =
      h -> h.isEmpty() ? null : InventoryCodec.site(h);

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
        new Pipelines.Call(List.of(Keys.user(userId), Keys.INVENTORY_VERSION), List.of())))
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
    List<Map<Object, Object>> numbers = new ArrayList<>();
    List<Map<Object, Object>> forwardings = new ArrayList<>();
    for (Object o : read) {
      List<?> pair = (List<?>) o;
      Map<Object, Object> number = Pipelines.hash(pair.get(0));
      if (!number.isEmpty()) {
        numbers.add(number);
        forwardings.add(Pipelines.hash(pair.get(1)));
      }
    }
    List<NumberState> states = new ArrayList<>();
    List<Map<Object, Object>[]> details = details(version, numbers);
    for (int i = 0; i < numbers.size(); i++) {
      Map<Object, Object>[] cs = details.get(i);
      if (!cs[0].isEmpty() && !cs[1].isEmpty()) {
        NumberDetails d = new NumberDetails(InventoryCodec.number(numbers.get(i)),
            InventoryCodec.contract(cs[0]), InventoryCodec.site(cs[1]));
        states.add(new NumberState(d, ForwardingCodec.read(forwardings.get(i))));
      }
    }
    return Optional.of(new Snapshot(Optional.of(u), groups, states, u.numbers().size()));
  }

  /** Each number's contract and site hashes (empty when missing), kept or read. */
  @SuppressWarnings("unchecked")
  private List<Map<Object, Object>[]> details(long version, List<Map<Object, Object>> numbers) {
    List<Map<Object, Object>[]> out = new ArrayList<>(numbers.size());
    List<Integer> missed = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      String contract = contractOf(numbers.get(i));
      Map<Object, Object> c = inventory.contract(version, contract);
      Map<Object, Object> s = c == null ? null : inventory.site(version, siteOf(c));
      out.add(new Map[] {c, s});
      if (c == null || s == null) {
        missed.add(i);
      }
    }
    if (!missed.isEmpty()) {
      List<Map<Object, Object>> contracts = Pipelines.hashes(redis,
          missed.stream().map(i -> Keys.contract(contractOf(numbers.get(i)))).toList());
      List<Map<Object, Object>> sites = Pipelines.hashes(redis,
          contracts.stream().map(c -> Keys.site(siteOf(c))).toList());
      for (int j = 0; j < missed.size(); j++) {
        int i = missed.get(j);
        out.set(i, new Map[] {contracts.get(j), sites.get(j)});
        inventory.keep(version, contractOf(numbers.get(i)), contracts.get(j),
            siteOf(contracts.get(j)), sites.get(j));
      }
    }
    return out;
  }

  private static String contractOf(Map<Object, Object> number) {
    return String.valueOf(number.getOrDefault("contract", ""));
  }

  private static String siteOf(Map<Object, Object> contract) {
    return String.valueOf(contract.getOrDefault("site", ""));
  }
}
