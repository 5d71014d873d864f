package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.directory.User;
import dev.tenso.redis.UserIndexes.Listed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One user written by {@link Scripts#USER_WRITE}, the keys and arguments it takes: the record,
 * every index that must follow it ({@link UserIndexes}: the unique strings, the sets, the user
 * list's entries, those it leaves and those it joins) and the directory's audit stream, all in
 * the directory's slot; a written event is then fed to the views ({@link AuditFeed}).
 */
final class UserWrite {
  private UserWrite() {}

  /**
   * Writes {@code next}, with its indexes and {@code event} (may be null), as a create when
   * {@code expected} is null, else as a compare-and-set against it.
   *
   * @return 1 written; 0 the user exists (create) or changed (update); -1 a unique index is
   *     another user's
   */
  static long run(
      StringRedisTemplate redis, AuditFeed feed, User expected, User next, AuditEvent event) {
    String id = next.id().value();
    Map<String, String> was = expected == null ? Map.of() : UserCodec.fields(expected);
    Map<String, String> will = UserCodec.fields(next);
    List<String> uniques = UserIndexes.uniques(next);
    List<String> dropped = expected == null ? List.of() : UserIndexes.dropped(expected, next);
    List<String> left = expected == null ? List.of() : UserIndexes.left(expected, next);
    List<String> sets = new ArrayList<>(UserIndexes.sets(next));
    List<Listed> unlisted = expected == null ? List.of() : UserIndexes.unlisted(expected, next);
    List<Listed> listed = UserIndexes.listed(next);
    List<String> keys = new ArrayList<>(List.of(Keys.user(id)));
    keys.addAll(uniques);
    keys.addAll(dropped);
    keys.addAll(left);
    keys.addAll(sets);
    unlisted.forEach(l -> keys.add(l.key()));
    listed.forEach(l -> keys.add(l.key()));
    if (event != null) {
      keys.addAll(List.of(Keys.DIRECTORY_AUDIT, Keys.unfed(Keys.DIRECTORY_AUDIT)));
    }
    List<String> args = new ArrayList<>(List.of(id, count(uniques), count(dropped), count(left),
        count(sets), count(unlisted), count(listed), Integer.toString(was.size() * 2),
        Integer.toString(will.size() * 2), feed.minId()));
    unlisted.forEach(l -> args.add(l.member()));
    listed.forEach(l -> args.add(l.member()));
    Scripts.addPairs(args, was);
    Scripts.addPairs(args, will);
    Scripts.addPairs(args, AuditCodec.fieldsOrNone(event));
    Long r = RedisFailures.call(() -> redis.execute(Scripts.USER_WRITE, keys, args.toArray()));
    if (r != null && r == 1L && event != null) {
      feed.afterChange(Keys.DIRECTORY_AUDIT);
    }
    return r == null ? 0L : r;
  }

  private static String count(List<?> keys) {
    return Integer.toString(keys.size());
  }
}
