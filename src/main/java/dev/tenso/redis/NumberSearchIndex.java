package dev.tenso.redis;

import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.OfficeNumber;
import io.lettuce.core.RedisFuture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The sorted indexes number search pages through ({@link NumberSearchStore}): the digits of the
 * numbers of each voice group, site and contract ({@code tenso:search:{inventory}:vg|site|
 * contract:<id>}), every member scored 0, so sorted by its digits. They are built from the stored
 * numbers and contracts, a thousand numbers at a time, into keys of their own, then switched in
 * at once by one script (every key in the inventory's slot) that also drops the indexes no longer
 * made: at start-up when not built yet, and after every import that wrote a number or a contract
 * (their only writer; a number's voice group and site are its contract's). Not a request path.
 */
final class NumberSearchIndex {
  static final String VERSION = "1";
  private static final int BATCH = 1_000;

  /**
   * KEYS[1] the set of the indexes in place, KEYS[2] the mark of the version built, then pairs
   * (a new index, its place). ARGV[1] the version. Moves each in, drops the indexes of the set no
   * longer made, and records the new set and the version.
   */
  private static final RedisScript<Long> SWITCH_IN = RedisScript.of("""
      local made = {}
      for i = 3, #KEYS, 2 do
        redis.call('RENAME', KEYS[i], KEYS[i + 1])
        redis.call('PERSIST', KEYS[i + 1])
        made[KEYS[i + 1]] = true
      end
      for _, old in ipairs(redis.call('SMEMBERS', KEYS[1])) do
        if not made[old] then redis.call('DEL', old) end
      end
      redis.call('DEL', KEYS[1])
      for i = 4, #KEYS, 2 do redis.call('SADD', KEYS[1], KEYS[i]) end
      redis.call('SET', KEYS[2], ARGV[1])
      return (#KEYS - 2) / 2
      """, Long.class);

  private NumberSearchIndex() {}

  static String voiceGroup(String id) {
    return Keys.PREFIX + "search:" + Keys.INVENTORY + ":vg:" + id;
  }

  static String site(String id) {
    return Keys.PREFIX + "search:" + Keys.INVENTORY + ":site:" + id;
  }

  static String contract(String number) {
    return Keys.PREFIX + "search:" + Keys.INVENTORY + ":contract:" + number;
  }

  static final String IN_PLACE = Keys.PREFIX + "search-indexes:" + Keys.INVENTORY;
  static final String BUILT = Keys.PREFIX + "search-built:" + Keys.INVENTORY;

  /** Builds the indexes unless this version was built already; the number of indexes made. */
  static int ensure(StringRedisTemplate redis) {
    return VERSION.equals(RedisFailures.call(() -> redis.opsForValue().get(BUILT)))
        ? 0 : build(redis);
  }

  /** Builds the indexes from what is stored and switches them in; the number of indexes. */
  static int build(StringRedisTemplate redis) {
    Map<String, Contract> contracts = IndexedHashes.readAll(redis, Keys.CONTRACTS, Keys::contract,
        InventoryCodec::contract).stream()
        .collect(Collectors.toMap(c -> c.number().value(), Function.identity(), (a, b) -> a));
    Map<String, List<String>> members = new TreeMap<>();
    List<String> batch = new ArrayList<>(BATCH);
    try (Cursor<String> cursor = redis.opsForSet()
        .scan(Keys.NUMBERS, ScanOptions.scanOptions().count(BATCH).build())) {
      while (cursor.hasNext()) {
        batch.add(cursor.next());
        if (batch.size() == BATCH) {
          place(redis, batch, contracts, members);
          batch.clear();
        }
      }
    }
    place(redis, batch, contracts, members);
    String fresh = UUID.randomUUID().toString();
    List<String> keys = new ArrayList<>(List.of(IN_PLACE, BUILT));
    Map<String, List<String>> staged = new HashMap<>();
    members.forEach((index, digits) -> {
      String temp = Keys.PREFIX + "search-new:" + Keys.INVENTORY + ":" + fresh + ":" + index;
      staged.put(temp, digits);
      keys.add(temp);
      keys.add(index);
    });
    write(redis, staged);
    RedisFailures.call(() -> redis.execute(SWITCH_IN, keys, VERSION));
    return members.size();
  }

  /** Adds each number of {@code digits} to the indexes of its voice group, site and contract. */
  private static void place(StringRedisTemplate redis, List<String> digits,
      Map<String, Contract> contracts, Map<String, List<String>> members) {
    if (digits.isEmpty()) {
      return;
    }
    for (Map<Object, Object> h : Pipelines.hashes(redis,
        digits.stream().map(Keys::number).toList())) {
      if (h.isEmpty()) {
        continue;
      }
      OfficeNumber n = InventoryCodec.number(h);
      Contract c = contracts.get(n.contract().value());
      if (c != null) {
        String d = n.number().digits();
        members.computeIfAbsent(voiceGroup(c.voiceGroup().value()), k -> new ArrayList<>()).add(d);
        members.computeIfAbsent(site(c.site().value()), k -> new ArrayList<>()).add(d);
        members.computeIfAbsent(contract(c.number().value()), k -> new ArrayList<>()).add(d);
      }
    }
  }

  /**
   * Writes the new indexes, a thousand members a command, each to expire in an hour should the
   * switch never come (the switch makes them persist).
   */
  private static void write(StringRedisTemplate redis, Map<String, List<String>> staged) {
    Pipelines.together(redis, async -> {
      List<RedisFuture<?>> sent = new ArrayList<>();
      staged.forEach((key, digits) -> {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        for (int from = 0; from < digits.size(); from += BATCH) {
          List<Object> scored = new ArrayList<>();
          for (String d : digits.subList(from, Math.min(from + BATCH, digits.size()))) {
            scored.add(0.0);
            scored.add(d.getBytes(StandardCharsets.UTF_8));
          }
          sent.add(async.zadd(k, scored.toArray()));
        }
        sent.add(async.expire(k, 3600));
      });
      return sent;
    });
  }
}
