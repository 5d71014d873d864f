package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.UserId;
import dev.tenso.core.inventory.IpNumber;
import java.util.List;
import java.util.Optional;

/**
 * Port: the user directory. Implementations throw
 * {@link dev.tenso.core.common.StoreUnavailableException} when the store cannot be reached.
 */
public interface Users {
  Optional<User> byId(UserId id);

  /** By login email, case-insensitively. */
  Optional<User> byEmail(Email email);

  /** By the Slack user id the user was linked to ({@link User#withSlackId}, then {@link #update}). */
  Optional<User> bySlackId(String slackId);

  /**
   * The users who have {@code number} assigned directly, any status: who may be told of its
   * changes. Read through an index: the cost is that of those users, not of the directory.
   */
  List<User> byNumber(IpNumber number);

  /**
   * At most {@code limit} users, not DISABLED, whose phone or mobile has these digits (as {@link
   * User#phoneDigits()}): who a call from that number may be. Read through an index.
   */
  List<User> byPhone(String digits, int limit);

  /**
   * One page of the user list (ユーザー一覧): the users, any status, whose {@code field} term
   * ({@link SearchField#term}) starts with {@code prefix} ({@code ""}: every user), sorted by that
   * term, then by email, and how many there are. Read through an index kept by every write: the
   * cost is that of one page, whatever the size of the directory and however deep the page.
   *
   * @param page 1 or more; a page past the last has no items
   */
  Page<User> page(SearchField field, String prefix, int page, int pageSize);

  /** Every user, sorted by email key. Reads the whole directory: no request path may use it. */
  List<User> all();

  /**
   * Stores a new user and, in the same atomic step, appends {@code event} (may be null: nothing
   * audited) to the audit log: the user is never stored without its event nor the event without
   * the user. Returns false, writing nothing, when the email (case-insensitively), the Slack id
   * or the id is already taken.
   */
  boolean create(User user, AuditEvent event);

  /**
   * Compare-and-set: replaces the stored user with {@code next} only while the stored record
   * still equals {@code expected} (as read by {@link #byId}); the email index follows an email
   * change. Returns false, writing nothing, when the user changed since (or is gone): the caller
   * re-reads, re-applies its rule and tries again (see {@link UserUpdate}). {@code event} (may be
   * null: nothing audited) is appended to the audit log in the same atomic step as the write, and
   * only when the write happens.
   *
   * @throws IllegalArgumentException when the two records have different ids
   * @throws IllegalStateException when {@code next}'s email or Slack id belongs to another user
   *     (callers check first; nothing is written)
   */
  boolean update(User expected, User next, AuditEvent event);

  /** A new, unguessable id for a user about to be created. */
  UserId nextId();
}
