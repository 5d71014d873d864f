package dev.tenso.core.directory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import java.util.Locale;
import java.util.Optional;

/** A user or a role as a channel received it, as text: anything unreadable names nobody. */
final class UserRef {
  private UserRef() {}

  static Optional<UserId> id(String text) {
    try {
      return Optional.of(UserId.of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** By login email when the text has an {@code @}, else by id. */
  static Optional<User> find(Users users, String idOrEmail) {
    if (idOrEmail != null && idOrEmail.contains("@")) {
      try {
        return users.byEmail(Email.of(idOrEmail));
      } catch (InvalidValueException e) {
        return Optional.empty();
      }
    }
    return id(idOrEmail).flatMap(users::byId);
  }

  static Optional<Role> role(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Role r : Role.values()) {
      if (r.name().equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  static <T> Outcome<T> notFound() {
    return Outcome.rejected("user", ErrorCode.USER_NOT_FOUND);
  }
}
