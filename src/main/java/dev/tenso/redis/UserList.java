package dev.tenso.redis;

import dev.tenso.core.common.Page;
import dev.tenso.core.directory.SearchField;
import dev.tenso.core.directory.User;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A page of the user list (ユーザー一覧) in two round trips, whatever the size of the directory or
 * the depth of the page: one script over one of the sorted indexes {@code tenso:user-list:*}
 * (every member scored 0, so sorted by its bytes: {@link UserIndexes#listed}), then one pipeline
 * reading the page's users.
 */
final class UserList {
  /**
   * KEYS[1] the index; ARGV[1] the start of the members wanted ("" all), ARGV[2] the offset,
   * ARGV[3] the page size. Returns {total, members of the page..}. The range's first rank is the
   * count of members before it and the page is read by rank: every command is O(log n), the
   * last plus the page, never a walk over the offset (as ZRANGEBYLEX with LIMIT would be).
   * Byte 255 bounds the range: UTF-8 never holds it.
   */
  static final RedisScript<List> PAGE = RedisScript.of("""
      local p, from, size = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
      local first, total = 0, 0
      if p == '' then
        total = redis.call('ZCARD', KEYS[1])
      else
        first = redis.call('ZLEXCOUNT', KEYS[1], '-', '(' .. p)
        total = redis.call('ZLEXCOUNT', KEYS[1], '[' .. p, '(' .. p .. '\\255')
      end
      local out = {total}
      if from < total then
        local last = math.min(from + size, total) - 1
        for _, m in ipairs(redis.call('ZRANGE', KEYS[1], first + from, first + last)) do
          out[#out + 1] = m
        end
      end
      return out
      """, List.class);

  private UserList() {}

  static Page<User> page(StringRedisTemplate redis, SearchField field, String prefix, int page,
      int pageSize) {
    long offset = (long) (page - 1) * pageSize;
    List<?> r = RedisFailures.call(() -> redis.execute(PAGE, List.of(Keys.userList(field)),
        prefix, Long.toString(offset), Integer.toString(pageSize)));
    List<String> ids = r.subList(1, r.size()).stream()
        .map(member -> UserIndexes.idOf(member.toString())).toList();
    List<User> users = IndexedHashes.read(redis, ids, Keys::user, UserCodec::user);
    return new Page<>(users, page, pageSize, ((Number) r.get(0)).intValue());
  }
}
