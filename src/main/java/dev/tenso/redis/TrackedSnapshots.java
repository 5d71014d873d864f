package dev.tenso.redis;

import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.forwarding.ForwardingSnapshots.NumberState;
import dev.tenso.core.forwarding.ForwardingSnapshots.Snapshot;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A user's forwarding snapshot read through {@link TrackedHashes} (where Redis can track what a
 * connection read: one server, Sentinels): the user with the inventory's version, then together
 * the numbers shown, their settings and the user's groups, each level read only for what is not
 * kept (nothing, once read and while unchanged) in one command, each record decoded once; then
 * the contracts and sites from the {@link InventoryCache} at that version (read only after a
 * start or an import). So a snapshot takes two commands at most once the instance has read its
 * contracts and sites, and none while nothing in it changed. The snapshot's stamp names the reads
 * it was made of (the version among them), so a channel can tell, without reading, that what it
 * made of it still holds.
 */
final class TrackedSnapshots {
  private final StringRedisTemplate redis;
  private final TrackedHashes tracked;
  private final InventoryCache inventory;

  TrackedSnapshots(StringRedisTemplate redis, TrackedHashes tracked, InventoryCache inventory) {
    this.redis = redis;
    this.tracked = tracked;
    this.inventory = inventory;
  }

  /**
   * Through {@link TrackedHashes}: the user with the inventory's state, then together the numbers
   * shown, their settings and the user's groups, each level read only for what is not kept; the
   * contracts and sites from the {@link InventoryCache}.
   */
  Optional<Snapshot> read(String userId, String slackId, List<IpNumber> named,
      int limit) {
    Stamp stamp = new Stamp();
    List<String> first = List.of(Keys.user(userId), Keys.INVENTORY_STATE);
    List<Object> user = stamp.add(first, tracked.decoded(first, USER_AND_VERSION));
    UserRead r = (UserRead) user.get(0);
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
    for (int i = 0; i < count; i++) {
      if (read.get(2 * i) instanceof OfficeNumber n) {
        numbers.add(n);
        @SuppressWarnings("unchecked")
        Versioned<ForwardingSetting> setting = (Versioned<ForwardingSetting>) read.get(2 * i + 1);
        settings.add(setting);
      }
    }
    List<UserGroup> groups = new ArrayList<>(read.size() - 2 * count);
    for (int i = 2 * count; i < read.size(); i++) {
      if (read.get(i) instanceof UserGroup group) {
        groups.add(group);
      }
    }
    List<NumberDetails> details = inventory.details(redis, (Long) user.get(1), numbers);
    List<NumberState> states = new ArrayList<>(numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      if (details.get(i) != null) {
        states.add(new NumberState(details.get(i), settings.get(i)));
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
    private final List<long[]> levels = new ArrayList<>(2);
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
  /** The inventory's version (0 before the first import of contracts or sites). */
  private static final Function<Map<Object, Object>, ?> VERSION =
      h -> Long.parseLong(String.valueOf(h.getOrDefault("version", "0")));
  private static final List<Function<Map<Object, Object>, ?>> USER_AND_VERSION =
      List.of(USER, VERSION);
  private static final Function<Map<Object, Object>, ?> NUMBER =
      h -> h.isEmpty() ? null : InventoryCodec.number(h);
  private static final Function<Map<Object, Object>, ?> FORWARDING = ForwardingCodec::read;
  private static final Function<Map<Object, Object>, ?> GROUP =
      h -> h.isEmpty() ? null : UserCodec.group(h);
}
