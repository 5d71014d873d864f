package dev.tenso.core.directory;

import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import java.time.Instant;

/**
 * Port: what user administration asks of sign-in. The sign-in core ({@code core.auth}) implements
 * it; the directory never sees a code, a secret or a lock.
 */
public interface Onboarding {
  /**
   * Issues a new registration code (an earlier one dies) and mails it (ご利用開始案内メール).
   *
   * @return the code's expiry; USER_DISABLED, REGISTRATION_STEP_OUT_OF_ORDER for a user who is
   *     not PENDING, TEMPORARILY_UNAVAILABLE when the mail could not be sent
   */
  Outcome<Instant> startRegistration(User user);

  /**
   * Whether the user ever finished registration (identity, second factor and terms). A user
   * disabled before finishing goes back to PENDING when re-enabled, never straight to ACTIVE.
   */
  boolean registrationFinished(UserId user);

  /** Forgets the user's second factor (set up again at their next sign-in) and lifts a lock. */
  void resetSecondFactor(UserId user);
}
