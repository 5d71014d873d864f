package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The directory in Redis: one hash per user, a string per lower-cased email pointing at the id,
 * and the set of ids. Create and update are Lua scripts, so the email stays unique
 * (case-insensitively) even when two administrators add the same person at once, and an update
 * is a compare-and-set over every stored field: a change made since the caller's read is never
 * overwritten. Each script also appends the change's audit event to the global and the users'
 * streams (as {@link RedisAuditLog} does), so a change and its audit are stored together or not
 * at all.
 */
public final class RedisUsers implements Users {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final StringRedisTemplate redis;

  public RedisUsers(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public Optional<User> byId(UserId id) {
    Map<Object, Object> h =
        RedisFailures.call(() -> redis.opsForHash().entries(Keys.user(id.value())));
    return h == null || h.isEmpty() ? Optional.empty() : Optional.of(UserCodec.user(h));
  }

  @Override
  public Optional<User> byEmail(Email email) {
    String id = RedisFailures.call(() -> redis.opsForValue().get(Keys.userEmail(email.key())));
    return id == null ? Optional.empty() : byId(new UserId(id));
  }

  @Override
  public List<User> all() {
    List<User> users = new ArrayList<>(
        IndexedHashes.readAll(redis, Keys.USERS, Keys::user, UserCodec::user));
    users.sort(Comparator.comparing(u -> u.email().key()));
    return users;
  }

  @Override
  public boolean create(User user, AuditEvent event) {
    Map<String, String> fields = UserCodec.fields(user);
    List<String> args =
        new ArrayList<>(List.of(user.id().value(), Integer.toString(fields.size() * 2)));
    Scripts.addPairs(args, fields);
    Scripts.addPairs(args, AuditCodec.fieldsOrNone(event));
    List<String> keys = new ArrayList<>(
        List.of(Keys.user(user.id().value()), Keys.userEmail(user.email().key()), Keys.USERS));
    keys.addAll(AuditCodec.streamsOrNone(event));
    Long r = RedisFailures.call(() -> redis.execute(Scripts.USER_CREATE, keys, args.toArray()));
    return r != null && r == 1L;
  }

  @Override
  public boolean update(User expected, User next, AuditEvent event) {
    if (!expected.id().equals(next.id())) {
      throw new IllegalArgumentException("expected and next are different users");
    }
    String id = next.id().value();
    Map<String, String> was = UserCodec.fields(expected);
    Map<String, String> will = UserCodec.fields(next);
    List<String> args = new ArrayList<>(List.of(
        id, Integer.toString(was.size() * 2), Integer.toString(will.size() * 2)));
    Scripts.addPairs(args, was);
    Scripts.addPairs(args, will);
    Scripts.addPairs(args, AuditCodec.fieldsOrNone(event));
    List<String> keys = new ArrayList<>(List.of(Keys.user(id), Keys.userEmail(next.email().key()),
        Keys.userEmail(expected.email().key())));
    keys.addAll(AuditCodec.streamsOrNone(event));
    Long r = RedisFailures.call(() -> redis.execute(Scripts.USER_UPDATE, keys, args.toArray()));
    if (r != null && r == -1L) {
      throw new IllegalStateException("the email belongs to another user");
    }
    return r != null && r == 1L;
  }

  /** 96 random bits, base64url without padding (16 characters). */
  @Override
  public UserId nextId() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return new UserId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }
}
