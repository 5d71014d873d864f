package dev.tenso.core.auth;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.common.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Lockout (§4): consecutive failed codes are counted per user across channels; at the limit the
 * user is locked for a while, and told until when ({@code until}, an ISO instant).
 */
public final class Lockout {
  static final String FIELD = "code";

  private final Lockouts store;
  private final AuthSettings settings;
  private final Clock clock;

  public Lockout(Lockouts store, AuthSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** USER_LOCKED while a lock holds. */
  public Optional<Violation> check(UserId user) {
    Instant now = clock.instant();
    return store.lockedUntil(user).filter(now::isBefore).map(Lockout::locked);
  }

  /** Counts a failure: the given refusal, or USER_LOCKED when this failure reached the limit. */
  public Violation failure(UserId user, ErrorCode refusal) {
    if (store.addFailure(user) >= settings.maxFailures()) {
      Instant until = clock.instant().plus(settings.lockDuration()).truncatedTo(ChronoUnit.SECONDS);
      store.lock(user, until, settings.lockDuration().plusMinutes(1));
      store.resetFailures(user);
      return locked(until);
    }
    return Violation.of(FIELD, refusal);
  }

  public void success(UserId user) {
    store.resetFailures(user);
  }

  /** An administrator's reset of the second factor also lifts a lock. */
  public void clear(UserId user) {
    store.resetFailures(user);
    store.unlock(user);
  }

  private static Violation locked(Instant until) {
    return Violation.of(FIELD, ErrorCode.USER_LOCKED, "until", until);
  }
}
