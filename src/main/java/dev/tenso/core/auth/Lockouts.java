package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: failed codes per user (across every channel) and temporary locks. Keyed by the id the
 * channel named, whether or not such a user exists, so answers never tell them apart.
 */
public interface Lockouts {
  /** Counts one more consecutive failure and returns the count. */
  long addFailure(UserId user);

  void resetFailures(UserId user);

  /** Locks until the given time; the store may forget it after {@code keep}. */
  void lock(UserId user, Instant until, Duration keep);

  Optional<Instant> lockedUntil(UserId user);

  void unlock(UserId user);
}
