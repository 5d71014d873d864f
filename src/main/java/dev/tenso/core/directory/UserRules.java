package dev.tenso.core.directory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import java.util.Optional;

/**
 * The administrator's rules over users (§2), as pure functions: who may act, and which status and
 * role changes are allowed. An administrator never disables or demotes themself, so the
 * organisation cannot lose its last administrator by accident.
 */
final class UserRules {
  private UserRules() {}

  /**
   * Refuses unless the actor is a system actor or an ACTIVE portal administrator (ADMIN_ONLY),
   * with a fresh session where one is needed (SESSION_REQUIRED).
   *
   * @param actingUser the ACTIVE acting user, empty for a system actor, or USER_NOT_ACTIVE
   */
  static Optional<Violation> admin(Outcome<Optional<User>> actingUser, boolean needsFresh,
      boolean fresh) {
    if (!actingUser.isOk()) {
      return Optional.of(actingUser.violations().get(0));
    }
    Optional<User> user = actingUser.orElseThrow();
    if (user.isEmpty()) {
      return Optional.empty();
    }
    if (!user.get().isAdmin()) {
      return Optional.of(Violation.of("user", ErrorCode.ADMIN_ONLY));
    }
    if (needsFresh && !fresh) {
      return Optional.of(Violation.of("session", ErrorCode.SESSION_REQUIRED));
    }
    return Optional.empty();
  }

  /** @param actor the acting user's id, or null for a system actor */
  static Outcome<User> disable(UserId actor, User target) {
    if (target.id().equals(actor)) {
      return Outcome.rejected("user", ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
    }
    if (target.status() == UserStatus.DISABLED) {
      return Outcome.rejected("user", ErrorCode.USER_ALREADY_DISABLED);
    }
    return Outcome.ok(target.withStatus(UserStatus.DISABLED));
  }

  /**
   * A DISABLED user is enabled again: ACTIVE when their registration was finished, else PENDING
   * (re-enabling never skips identity confirmation, the second factor or the terms).
   */
  static Outcome<User> enable(User target, boolean registrationFinished) {
    if (target.status() != UserStatus.DISABLED) {
      return Outcome.rejected("user", ErrorCode.USER_NOT_DISABLED);
    }
    return Outcome.ok(target.withStatus(
        registrationFinished ? UserStatus.ACTIVE : UserStatus.PENDING));
  }

  static Outcome<User> changeRole(UserId actor, User target, Role role) {
    if (target.id().equals(actor) && role != target.role()) {
      return Outcome.rejected("user", ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
    }
    return Outcome.ok(target.withRole(role));
  }
}
