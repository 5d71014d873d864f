package dev.tenso.core.forwarding;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.User;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Scope;
import java.util.Optional;

/**
 * Who may read and who may change a number's forwarding, as pure functions. An unknown number
 * and a number outside the scope give the same NUMBER_NOT_IN_SCOPE, so nobody learns that a
 * number exists.
 */
final class ForwardingAccess {
  private ForwardingAccess() {}

  /**
   * @param actingUser the ACTIVE acting user (empty for a system actor), or USER_NOT_ACTIVE
   * @param details the number as the inventory knows it, or empty when unknown
   */
  static Outcome<NumberDetails> forReading(Outcome<Optional<User>> actingUser, Scope scope,
      Optional<NumberDetails> details) {
    if (!actingUser.isOk()) {
      return Outcome.rejected(actingUser.violations());
    }
    return details.filter(scope::covers)
        .<Outcome<NumberDetails>>map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected("number", ErrorCode.NUMBER_NOT_IN_SCOPE));
  }

  /**
   * Reading's checks, in this order: the acting user is ACTIVE, the session is fresh (system
   * actors pass), the number is in scope, its site is opened (開通済み).
   */
  static Outcome<NumberDetails> forChanging(Outcome<Optional<User>> actingUser,
      boolean freshSession, Scope scope, Optional<NumberDetails> details) {
    if (!actingUser.isOk()) {
      return Outcome.rejected(actingUser.violations());
    }
    if (actingUser.orElseThrow().isPresent() && !freshSession) {
      return Outcome.rejected("session", ErrorCode.SESSION_REQUIRED);
    }
    Outcome<NumberDetails> found = forReading(actingUser, scope, details);
    if (found.isOk() && !found.orElseThrow().site().opened()) {
      return Outcome.rejected("number", ErrorCode.SITE_NOT_OPENED);
    }
    return found;
  }
}
