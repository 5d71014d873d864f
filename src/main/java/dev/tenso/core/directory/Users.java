package dev.tenso.core.directory;

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
   * Stores a new user. Returns false, writing nothing, when the email (case-insensitively) or
   * the id is already taken.
   */
  boolean create(User user);

  /**
   * Compare-and-set: replaces the stored user with {@code next} only while the stored record
   * still equals {@code expected} (as read by {@link #byId}); the email index follows an email
   * change. Returns false, writing nothing, when the user changed since (or is gone): the caller
   * re-reads, re-applies its rule and tries again (see {@link UserUpdate}).
   *
   * @throws IllegalArgumentException when the two records have different ids
   * @throws IllegalStateException when {@code next}'s email belongs to another user (callers
   *     check the email first; nothing is written)
   */
  boolean update(User expected, User next);

  /** A new, unguessable id for a user about to be created. */
  UserId nextId();
}
