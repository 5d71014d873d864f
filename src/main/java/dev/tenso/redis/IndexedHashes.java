package dev.tenso.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Reads every hash listed in an index set in two round trips (the set, then one pipeline of
 * HGETALLs), whatever the number of members: the whole directory or inventory costs the same
 * two trips as a single row.
 */
final class IndexedHashes {
  private IndexedHashes() {}

  /** The decoded hashes of the index's members, in member order (sorted), missing ones skipped. */
  static <T> List<T> readAll(StringRedisTemplate redis, String index,
      Function<String, String> key, Function<Map<Object, Object>, T> decode) {
    List<String> ids =
        new ArrayList<>(UserCodec.sorted(RedisFailures.call(() -> redis.opsForSet().members(index))));
    return read(redis, ids, key, decode);
  }

  /** The decoded hashes of {@code ids}, in that order, missing ones skipped: one round trip. */
  static <T> List<T> read(StringRedisTemplate redis, List<String> ids,
      Function<String, String> key, Function<Map<Object, Object>, T> decode) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Map<Object, Object>> hashes = Pipelines.hashes(redis, ids.stream().map(key).toList());
    List<T> out = new ArrayList<>(hashes.size());
    for (Map<Object, Object> m : hashes) {
      if (!m.isEmpty()) {
        out.add(decode.apply(m));
      }
    }
    return out;
  }
}
