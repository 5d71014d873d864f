package dev.tenso.redis;

import dev.tenso.core.directory.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Builds the user indexes ({@link UserIndexes}) of a directory stored before tenso kept them,
 * once per Redis ({@code tenso:user-indexes} records the version built: 1 the sets, 2 the user
 * list's too): at start-up, before any request, a thousand users at a time. Every write since
 * keeps them by itself. A user list entry is added only while the user still holds the fields it
 * was made from, so a change another tenso makes meanwhile never leaves a stale entry behind.
 */
final class UserIndexBuild {
  static final String VERSION = "2";
  private static final int BATCH = 1_000;

  /**
   * KEYS[1..l] the user list's indexes, KEYS[l+1..] users' hashes; ARGV[1] l, ARGV[2] f, ARGV[3..
   * 2+f] the fields the entries are made from, then per user its f values and its l entries (one
   * per index). Adds a user's entries while its hash still holds those values. Returns how many
   * users' entries were added.
   */
  static final RedisScript<Long> LIST_IF_STORED = RedisScript.of("""
      local l, f = tonumber(ARGV[1]), tonumber(ARGV[2])
      local listed, a = 0, 3 + f
      for k = l + 1, #KEYS do
        local stored, same = redis.call('HMGET', KEYS[k], unpack(ARGV, 3, 2 + f)), true
        for j = 1, f do
          if (stored[j] or '') ~= ARGV[a + j - 1] then same = false end
        end
        if same then
          for j = 1, l do redis.call('ZADD', KEYS[j], 0, ARGV[a + f + j - 1]) end
          listed = listed + 1
        end
        a = a + f + l
      end
      return listed
      """, Long.class);

  private UserIndexBuild() {}

  /** @return the number of users indexed; 0 when the indexes were built already */
  static int run(StringRedisTemplate redis) {
    if (VERSION.equals(RedisFailures.call(() -> redis.opsForValue().get(Keys.USER_INDEXES)))) {
      return 0;
    }
    int indexed = 0;
    List<String> ids = new ArrayList<>();
    try (Cursor<String> cursor = redis.opsForSet()
        .scan(Keys.USERS, ScanOptions.scanOptions().count(BATCH).build())) {
      while (cursor.hasNext()) {
        ids.add(cursor.next());
        if (ids.size() == BATCH || !cursor.hasNext()) {
          indexed += index(redis, ids);
          ids.clear();
        }
      }
    }
    RedisFailures.run(() -> redis.opsForValue().set(Keys.USER_INDEXES, VERSION));
    return indexed;
  }

  private static int index(StringRedisTemplate redis, List<String> ids) {
    List<User> users = new ArrayList<>();
    for (Object h : RedisFailures.call(() -> redis.executePipelined(new SessionCallback<>() {
      @Override
      @SuppressWarnings("unchecked")
      public <K, V> Object execute(RedisOperations<K, V> ops) {
        ids.forEach(id -> ops.opsForHash().entries((K) Keys.user(id)));
        return null;
      }
    }))) {
      @SuppressWarnings("unchecked")
      var hash = (Map<Object, Object>) h;
      if (hash != null && !hash.isEmpty()) {
        users.add(UserCodec.user(hash));
      }
    }
    RedisFailures.call(() -> redis.executePipelined(new SessionCallback<>() {
      @Override
      @SuppressWarnings("unchecked")
      public <K, V> Object execute(RedisOperations<K, V> ops) {
        for (User u : users) {
          UserIndexes.sets(u).forEach(set -> ops.opsForSet().add((K) set, (V) u.id().value()));
        }
        return null;
      }
    }));
    list(redis, users);
    return users.size();
  }

  /** {@link #LIST_IF_STORED} over {@code users}, as read. */
  static void list(StringRedisTemplate redis, List<User> users) {
    if (users.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    UserIndexes.listed(users.get(0)).forEach(l -> keys.add(l.key()));
    int lists = keys.size();
    List<String> args = new ArrayList<>(List.of(Integer.toString(lists),
        Integer.toString(UserIndexes.LISTED_FROM.size())));
    args.addAll(UserIndexes.LISTED_FROM);
    for (User u : users) {
      keys.add(Keys.user(u.id().value()));
      Map<String, String> fields = UserCodec.fields(u);
      UserIndexes.LISTED_FROM.forEach(f -> args.add(fields.get(f)));
      UserIndexes.listed(u).forEach(l -> args.add(l.member()));
    }
    RedisFailures.call(() -> redis.execute(LIST_IF_STORED, keys, args.toArray()));
  }
}
