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

  /** Replaces an existing user (same id); the email index follows an email change. */
  void update(User user);

  /** A new, unguessable id for a user about to be created. */
  UserId nextId();
}
