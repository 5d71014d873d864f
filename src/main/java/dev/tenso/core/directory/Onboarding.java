package dev.tenso.core.directory;

import dev.tenso.core.common.UserId;

/**
 * Port: what happens after an administrator added a user (PENDING). The sign-in core implements
 * it to issue the registration code and send the registration mail (ご利用開始案内メール).
 */
public interface Onboarding {
  void userAdded(User user);

  /**
   * Whether the user ever finished registration (identity, second factor and terms). A user
   * disabled before finishing goes back to PENDING when re-enabled, never straight to ACTIVE.
   */
  boolean registrationFinished(UserId user);
}
