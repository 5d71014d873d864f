package dev.tenso.redis;

import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.directory.UserGroups;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

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

  @Override
  public void save(UserGroup group) {
    String key = Keys.userGroup(group.name());
    RedisFailures.call(() -> redis.execute(Scripts.REPLACE_HASH_IN_SET,
        List.of(key, Keys.USER_GROUPS), Scripts.args(group.name(), UserCodec.fields(group))));
    tracked.forget(key);
  }
}
