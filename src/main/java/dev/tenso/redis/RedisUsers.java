package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.SearchField;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.inventory.IpNumber;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The directory in Redis: one hash per user and its indexes ({@link UserIndexes}: email, Slack
 * id, numbers, phones, the user list's), written together by one Lua script ({@link UserWrite}),
 * so the email stays unique (case-insensitively) even when two administrators add the same
 * person at once, and an update is a compare-and-set over every stored field: a change made
 * since the caller's read is never overwritten. The script also appends the change's audit event
 * to the directory's stream, so a change and its audit are stored together or not at all (all in
 * the directory's hash slot), and it is fed from there to the views ({@link AuditFeed}). Lookups
 * by Slack id, number and phone read the index, then only the users it names, each checked
 * against the field it was found by; a page of the user list reads one range of a sorted index,
 * then the users of that page ({@link UserList}).
 */
public final class RedisUsers implements Users {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final StringRedisTemplate redis;
  private final AuditFeed feed;
  private final TrackedHashes tracked;

  public RedisUsers(StringRedisTemplate redis, AuditFeed feed) {
    this(redis, feed, TrackedHashes.off());
  }

  /** @param tracked where user records may be kept: this store's writes drop theirs at once */
  public RedisUsers(StringRedisTemplate redis, AuditFeed feed, TrackedHashes tracked) {
    this.redis = redis;
    this.feed = feed;
    this.tracked = tracked;
  }

  @Override
  public Optional<User> byId(UserId id) {
    Map<Object, Object> h =
        RedisFailures.call(() -> redis.opsForHash().entries(Keys.user(id.value())));
    return h == null || h.isEmpty() ? Optional.empty() : Optional.of(UserCodec.user(h));
  }

  @Override
  public Optional<User> byEmail(Email email) {
    return byIndex(Keys.userEmail(email.key()));
  }

  @Override
  public Optional<User> bySlackId(String slackId) {
    return slackId == null || slackId.isEmpty() ? Optional.empty()
        : byIndex(Keys.userSlack(slackId)).filter(u -> u.slackId().equals(slackId));
  }

  @Override
  public List<User> byNumber(IpNumber number) {
    return IndexedHashes.readAll(redis, Keys.numberUsers(number.digits()), Keys::user,
        UserCodec::user).stream().filter(u -> u.numbers().contains(number)).toList();
  }

  @Override
  public List<User> byPhone(String digits, int limit) {
    var ids = RedisFailures.call(
        () -> redis.opsForSet().distinctRandomMembers(Keys.userPhone(digits), limit));
    List<User> out = new ArrayList<>();
    for (String id : ids == null ? java.util.Set.<String>of() : ids) {
      byId(new UserId(id))
          .filter(u -> u.status() != UserStatus.DISABLED && u.phoneDigits().contains(digits))
          .ifPresent(out::add);
    }
    return out;
  }

  private Optional<User> byIndex(String key) {
    String id = RedisFailures.call(() -> redis.opsForValue().get(key));
    return id == null ? Optional.empty() : byId(new UserId(id));
  }

  @Override
  public Page<User> page(SearchField field, String prefix, int page, int pageSize) {
    return UserList.page(redis, field, prefix, page, pageSize);
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
    long r = UserWrite.run(redis, feed, null, user, event);
    tracked.forget(Keys.user(user.id().value()));
    return r == 1L;
  }

  @Override
  public boolean update(User expected, User next, AuditEvent event) {
    if (!expected.id().equals(next.id())) {
      throw new IllegalArgumentException("expected and next are different users");
    }
    long r = UserWrite.run(redis, feed, expected, next, event);
    tracked.forget(Keys.user(next.id().value()));
    if (r == -1L) {
      throw new IllegalStateException("the email or Slack id belongs to another user");
    }
    return r == 1L;
  }

  /**
   * Builds the indexes of users stored before tenso kept them, once per Redis; call it at
   * start-up, before any request.
   *
   * @return the number of users indexed, 0 when they were already
   */
  public int indexAll() {
    return UserIndexBuild.run(redis);
  }

  /** 96 random bits, base64url without padding (16 characters). */
  @Override
  public UserId nextId() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return new UserId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }
}
