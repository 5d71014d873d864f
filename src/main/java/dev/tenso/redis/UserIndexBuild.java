package dev.tenso.redis;

import dev.tenso.core.directory.User;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Builds the user indexes ({@link UserIndexes}) of a directory stored before tenso kept them,
 * once per Redis ({@code tenso:user-indexes} records the version built): at start-up, before
 * any request, a thousand users at a time. Every write since keeps them by itself.
 */
final class UserIndexBuild {
  static final String VERSION = "1";
  private static final int BATCH = 1_000;

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
      var hash = (java.util.Map<Object, Object>) h;
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
    return users.size();
  }
}
