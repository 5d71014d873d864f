package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * Port: each user's TOTP secret (base32), encrypted at rest by the adapter, and the secret of an
 * enrolment not yet confirmed.
 */
public interface TotpSecrets {
  void save(UserId user, String base32Secret);

  Optional<String> find(UserId user);

  void savePending(UserId user, String base32Secret, Duration keep);

  Optional<String> findPending(UserId user);

  /** Forgets the secret and any pending one. */
  void delete(UserId user);

  /**
   * The replay guard: records {@code step} as the user's last accepted time step if, and only
   * if, it is later than the last one, atomically.
   *
   * @return true when the step was accepted
   */
  boolean acceptStep(UserId user, long step);
}
