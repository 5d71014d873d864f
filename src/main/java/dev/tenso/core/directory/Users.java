package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.UserId;
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

  /** Every user, sorted by email key. */
  List<User> all();

  /**
   * Stores a new user and, in the same atomic step, appends {@code event} (may be null: nothing
   * audited) to the audit log: the user is never stored without its event nor the event without
   * the user. Returns false, writing nothing, when the email (case-insensitively) or the id is
   * already taken.
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
   * @throws IllegalStateException when {@code next}'s email belongs to another user (callers
   *     check the email first; nothing is written)
   */
  boolean update(User expected, User next, AuditEvent event);

  /** A new, unguessable id for a user about to be created. */
  UserId nextId();
}
