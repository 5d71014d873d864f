package dev.tenso.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The key names are a stored format: a store written before the hash tags ({@link Keys}) has its
 * keys renamed once, at start-up, before anything reads them ({@code tenso:schema} then holds
 * {@value #VERSION}). Only a single server can hold such a store (the old names cannot work on a
 * cluster), so the rename is a script over any two keys. Idempotent: a key already renamed is
 * left; a second instance starting at the same time waits for the first.
 */
public final class KeySchema {
  static final String VERSION = "2";
  static final String KEY = Keys.PREFIX + "schema";
  private static final String CLAIM = Keys.PREFIX + "schema-migration";
  private static final List<String> BY_NUMBER =
      List.of("forwarding", "number", "route", "audit:number", "voicemail");
  private static final List<String> INVENTORY = List.of("voicegroup", "site", "contract");
  private static final List<String> INVENTORY_SETS =
      List.of("voicegroups", "sites", "contracts", "numbers");
  private static final List<String> DIRECTORY = List.of("user", "user-email", "user-slack",
      "user-phone", "number-users", "user-list", "usergroup");
  private static final List<String> DIRECTORY_SETS = List.of("users", "usergroups");
  private static final List<String> BY_USER = List.of("audit:user", "auth:totp",
      "auth:totp-pending", "auth:totp-step", "auth:fail", "auth:lock", "auth:mail-code",
      "auth:mail-sends", "auth:reg", "auth:reg-progress", "auth:terms");

  /** KEYS[1] old, KEYS[2] new name: renamed while the old exists and the new does not. */
  private static final RedisScript<Long> RENAME = RedisScript.of("""
      if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('EXISTS', KEYS[2]) == 1 then
        return 0
      end
      redis.call('RENAME', KEYS[1], KEYS[2])
      return 1
      """, Long.class);

  private KeySchema() {}

  /**
   * Renames the keys of a store written before the hash tags, once.
   *
   * @return the number of keys renamed (0 when the store was already in this schema)
   */
  public static int migrate(StringRedisTemplate redis) {
    if (VERSION.equals(RedisFailures.call(() -> redis.opsForValue().get(KEY)))) {
      return 0;
    }
    String me = UUID.randomUUID().toString();
    if (!Boolean.TRUE.equals(RedisFailures.call(
        () -> redis.opsForValue().setIfAbsent(CLAIM, me, Duration.ofMinutes(10))))) {
      awaitOther(redis);
      return 0;
    }
    List<String> old = new ArrayList<>();
    if (!Scan.isCluster(redis)) {
      Scan.keys(redis, Keys.PREFIX + "*", k -> {
        if (renamed(k) != null) {
          old.add(k);
        }
      });
    }
    int moved = 0;
    for (String k : old) {
      Long r = RedisFailures.call(() -> redis.execute(RENAME, List.of(k, renamed(k))));
      moved += r == null ? 0 : r.intValue();
    }
    RedisFailures.run(() -> {
      redis.opsForValue().set(KEY, VERSION);
      redis.delete(CLAIM);
    });
    return moved;
  }

  private static void awaitOther(StringRedisTemplate redis) {
    for (int i = 0; i < 6_000; i++) {
      if (VERSION.equals(RedisFailures.call(() -> redis.opsForValue().get(KEY)))) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("Another tenso did not finish renaming the Redis keys");
  }

  /** The name {@code key} has in this schema, or null when it keeps its name. */
  static String renamed(String key) {
    if (!key.startsWith(Keys.PREFIX) || key.indexOf('{') >= 0) {
      return null;
    }
    String rest = key.substring(Keys.PREFIX.length());
    for (String set : INVENTORY_SETS) {
      if (rest.equals(set)) {
        return key + ":" + Keys.INVENTORY;
      }
    }
    for (String set : DIRECTORY_SETS) {
      if (rest.equals(set)) {
        return key + ":" + Keys.DIRECTORY;
      }
    }
    String kind = longestKind(rest);
    if (kind == null) {
      return null;
    }
    String id = rest.substring(kind.length() + 1);
    if (INVENTORY.contains(kind)) {
      return Keys.PREFIX + kind + ":" + Keys.INVENTORY + ":" + id;
    }
    if (DIRECTORY.contains(kind)) {
      return Keys.PREFIX + kind + ":" + Keys.DIRECTORY + ":" + id;
    }
    return Keys.PREFIX + kind + ":" + Keys.tag(id);
  }

  private static String longestKind(String rest) {
    String found = null;
    for (List<String> kinds : List.of(BY_NUMBER, INVENTORY, DIRECTORY, BY_USER)) {
      for (String k : kinds) {
        if (rest.startsWith(k + ":") && rest.length() > k.length() + 1
            && (found == null || k.length() > found.length())) {
          found = k;
        }
      }
    }
    return found;
  }
}
