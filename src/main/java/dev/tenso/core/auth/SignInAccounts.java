package dev.tenso.core.auth;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Onboarding;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAudit;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.UserUpdate;
import dev.tenso.core.directory.Users;
import dev.tenso.core.notify.Mailer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in's side of user administration and of the import: registration mails, second-factor
 * resets, and users who registered elsewhere. User administration reaches it only through the
 * {@link Onboarding} port; the import calls {@link #importRegistered} and {@link #invite}. It
 * checks no code.
 */
public final class SignInAccounts implements Onboarding {
  private final Users users;
  private final Parts p;

  public SignInAccounts(Users users, AuthStores stores, Mailer mailer, AuthSettings settings,
      Clock clock) {
    this.users = users;
    this.p = new Parts(users, stores, mailer, settings, clock);
  }

  @Override
  public Outcome<Instant> startRegistration(User user) {
    return p.registration.start(user);
  }

  @Override
  public boolean registrationFinished(UserId user) {
    return p.terms.everAgreed(user);
  }

  @Override
  public void resetSecondFactor(UserId user) {
    p.totp.reset(user);
    p.lockout.clear(user);
  }

  /**
   * An imported user with {@code invite: true}, just added by the import: the registration mail.
   * Anyone else (already in the directory, ACTIVE, disabled) gets nothing: the import is loaded
   * again and again, a mail is sent once.
   *
   * @return the registration's expiry, or empty when nothing was to be sent
   */
  public Outcome<Optional<Instant>> invite(User user, boolean created) {
    if (!created || user.status() != UserStatus.PENDING) {
      return Outcome.ok(Optional.empty());
    }
    return p.registration.start(user).map(Optional::of);
  }

  /**
   * Imports a user registered elsewhere ({@code registered: true}): ACTIVE at once (a user an
   * administrator disabled stays DISABLED), with the given base32 TOTP secret (may be null)
   * stored sealed, and the current terms recorded as agreed. Idempotent: loading the same file
   * again changes nothing. Audited as the import's {@code user.activate}.
   */
  public Outcome<User> importRegistered(UserId id, String totpSecret) {
    Optional<User> user = users.byId(id);
    if (user.isEmpty()) {
      return Outcome.rejected("user", ErrorCode.USER_NOT_FOUND);
    }
    if (totpSecret != null && !totpSecret.isBlank() && !p.totp.importSecret(id, totpSecret)) {
      return Outcome.rejected("totpSecret", ErrorCode.SECOND_FACTOR_INVALID);
    }
    // re-checked on every read: a user disabled meanwhile stays DISABLED
    Outcome<UserUpdate.Change> done = UserUpdate.apply(users, id, u -> Outcome.ok(
        u.status() == UserStatus.PENDING ? u.withStatus(UserStatus.ACTIVE) : u),
        (before, after) -> UserAudit.event(p.clock.instant(), Actor.system(Channel.IMPORT),
            "user.activate", before, after));
    if (!done.isOk()) {
      return Outcome.rejected(done.violations());
    }
    Outcome<?> agreed = p.terms.needsAgreement(id)
        ? p.terms.agree(id, p.terms.current().version()) : Outcome.ok(id);
    return agreed.isOk() ? Outcome.ok(done.orElseThrow().after())
        : Outcome.rejected(agreed.violations());
  }
}
