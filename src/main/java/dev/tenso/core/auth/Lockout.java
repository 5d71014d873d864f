package dev.tenso.core.auth;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Lockout (§4): consecutive failed codes are counted per user across channels; at the limit the
 * user is locked for a while, and told until when ({@code until}, an ISO instant). Reachable only
 * through the sign-in door: no adapter counts or clears a failure itself.
 */
final class Lockout {
  static final String FIELD = "code";

  private final Lockouts store;
  private final AuthSettings settings;
  private final Clock clock;

  Lockout(Lockouts store, AuthSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** The end of the user's lock, while one holds. */
  Optional<Instant> lockedUntil(UserId user) {
    Instant now = clock.instant();
    return store.lockedUntil(user).filter(now::isBefore);
  }

  /** Counts a failure: the given refusal, or USER_LOCKED when this failure reached the limit. */
  Violation failure(UserId user, ErrorCode refusal) {
    if (store.addFailure(user) >= settings.maxFailures()) {
      Instant until = clock.instant().plus(settings.lockDuration()).truncatedTo(ChronoUnit.SECONDS);
      store.lock(user, until, settings.lockDuration().plusMinutes(1));
      store.resetFailures(user);
      return locked(until);
    }
    return Violation.of(FIELD, refusal);
  }

  void success(UserId user) {
    store.resetFailures(user);
  }

  /** An administrator's reset of the second factor also lifts a lock. */
  void clear(UserId user) {
    store.resetFailures(user);
    store.unlock(user);
  }

  private static Violation locked(Instant until) {
    return Violation.of(FIELD, ErrorCode.USER_LOCKED, "until", until);
  }
}
