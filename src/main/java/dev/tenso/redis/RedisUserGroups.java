package dev.tenso.redis;

import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.directory.UserGroups;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** User groups in Redis: one hash per group name and the set of names. */
public final class RedisUserGroups implements UserGroups {
  private final StringRedisTemplate redis;
  private final TrackedHashes tracked;

  public RedisUserGroups(StringRedisTemplate redis) {
    this(redis, TrackedHashes.off());
  }

  /** @param tracked where user groups may be kept: a save drops its group's at once */
  public RedisUserGroups(StringRedisTemplate redis, TrackedHashes tracked) {
    this.redis = redis;
    this.tracked = tracked;
  }

  @Override
  public Optional<UserGroup> byName(String name) {
    Map<Object, Object> h =
        RedisFailures.call(() -> redis.opsForHash().entries(Keys.userGroup(name.strip())));
    return h == null || h.isEmpty() ? Optional.empty() : Optional.of(UserCodec.group(h));
  }

  @Override
  public List<UserGroup> all() {
    return IndexedHashes.readAll(redis, Keys.USER_GROUPS, Keys::userGroup, UserCodec::group);
  }

  /** KEYS[1] the sorted names; ARGV[1] how many. Returns {count, first names..}. */
  @SuppressWarnings("rawtypes")
  private static final RedisScript<List> FIRST_NAMES = RedisScript.of("""
      local out = {redis.call('ZCARD', KEYS[1])}
      for _, n in ipairs(redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)) do
        out[#out + 1] = n
      end
      return out
      """, List.class);

  @Override
  public Names names(int max) {
    List<?> r = RedisFailures.call(() -> redis.execute(FIRST_NAMES,
        List.of(Keys.USER_GROUP_NAMES), Integer.toString(max)));
    return new Names(r.subList(1, r.size()).stream().map(Object::toString).toList(),
        ((Number) r.get(0)).intValue());
  }

  /**
   * Lists by name the groups of a directory stored before the sorted names existed (start-up);
   * the number of names added.
   */
  public int indexNames() {
    Long listed = RedisFailures.call(() -> redis.opsForZSet().size(Keys.USER_GROUP_NAMES));
    Long stored = RedisFailures.call(() -> redis.opsForSet().size(Keys.USER_GROUPS));
    if (stored == null || stored.equals(listed)) {
      return 0;
    }
    var names = RedisFailures.call(() -> redis.opsForSet().members(Keys.USER_GROUPS));
    var scored = new java.util.HashSet<org.springframework.data.redis.core.ZSetOperations
        .TypedTuple<String>>();
    names.forEach(n -> scored.add(org.springframework.data.redis.core.ZSetOperations.TypedTuple
        .of(n, 0.0)));
    Long added = RedisFailures.call(() -> redis.opsForZSet().add(Keys.USER_GROUP_NAMES, scored));
    return added == null ? 0 : added.intValue();
  }

  @Override
  public void save(UserGroup group) {
    String key = Keys.userGroup(group.name());
    RedisFailures.call(() -> redis.execute(Scripts.REPLACE_HASH_IN_SET,
        List.of(key, Keys.USER_GROUPS, Keys.USER_GROUP_NAMES),
        Scripts.args(group.name(), UserCodec.fields(group))));
    tracked.forget(key);
  }
}
