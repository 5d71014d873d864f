package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import java.time.Instant;
import java.util.Optional;

/** Port: who agreed to which version of the terms, and when. */
public interface TermsAgreements {
  /**
   * Stores the agreement unless this user already agreed to this version.
   *
   * @return the stored agreement (the earlier one when there was one)
   */
  TermsAgreement agree(UserId user, String version, Instant at);

  Optional<TermsAgreement> find(UserId user, String version);

  /** Whether the user agreed to any version: the last step of registration was done. */
  boolean agreedAny(UserId user);

  /** One agreement: the terms' version and the time the user agreed. */
  record TermsAgreement(String version, Instant at) {}
}
