package dev.tenso.core.auth;

import dev.tenso.core.auth.Registrations.Progress;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAudit;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.UserUpdate;
import dev.tenso.core.directory.Users;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The rest of first login, after identity confirmation, from the same channel identity: set up
 * the second factor (confirmed by one current code), then agree to the terms; only then is the
 * user ACTIVE.
 */
final class Enrolment {
  private final Users users;
  private final Registrations store;
  private final TotpService totp;
  private final MailOtp mail;
  private final Lockout lockout;
  private final TermsService terms;
  private final AuthSettings settings;
  private final Clock clock;

  Enrolment(Users users, Registrations store, TotpService totp, MailOtp mail, Lockout lockout,
      TermsService terms, AuthSettings settings, Clock clock) {
    this.users = users;
    this.store = store;
    this.totp = totp;
    this.mail = mail;
    this.lockout = lockout;
    this.terms = terms;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The set-up to show: TOTP's QR code and key (not on a keypad), or a mail code (the one sent
   * for this step while it is live, else a new one).
   */
  SignInStep setup(ChannelIdentity who, User user, Progress at) {
    if (user.secondFactor() == SecondFactor.TOTP) {
      return CodeSignIn.onScreen(who) ? totp.setup(user)
          : CodeSignIn.refused("code", ErrorCode.TOTP_SETUP_NOT_ON_PHONE);
    }
    Optional<java.time.Instant> live = mail.live(user.id(), at.challengeId());
    if (live.isPresent()) {
      return new SignInStep.MailCodeSent(live.get(), true);
    }
    Outcome<MailOtp.Sent> sent = mail.send(user);
    if (!sent.isOk()) {
      return new SignInStep.Refused(sent.violations());
    }
    store.saveProgress(user.id(), new Progress(RegistrationStep.SECOND_FACTOR, who.key(),
        sent.orElseThrow().challengeId()), settings.registrationValidity());
    return new SignInStep.MailCodeSent(sent.orElseThrow().expiresAt(), true);
  }

  /** One current code completes the second factor; the next step is the terms. */
  Outcome<RegistrationStep> complete(ChannelIdentity who, User user, Progress at, String code) {
    Optional<String> digits = CodeSignIn.sixDigits(code);
    if (digits.isEmpty()) {
      return Outcome.rejected(CodeSignIn.FIELD, ErrorCode.CODE_FORMAT_INVALID);
    }
    boolean ok = user.secondFactor() == SecondFactor.TOTP
        ? CodeSignIn.onScreen(who) && totp.completeEnrolment(user.id(), digits.get())
        : mail.verify(user.id(), at.challengeId(), digits.get());
    if (!ok) {
      return Outcome.rejected(List.of(lockout.failure(user.id(), ErrorCode.CODE_INVALID)));
    }
    lockout.success(user.id());
    store.saveProgress(user.id(), new Progress(RegistrationStep.TERMS, who.key(), ""),
        settings.registrationValidity());
    return Outcome.ok(RegistrationStep.TERMS);
  }

  /**
   * Agreeing to the current terms finishes registration: the user becomes ACTIVE, by a
   * compare-and-set that re-checks the status on every read, so a user an administrator disabled
   * meanwhile stays DISABLED (USER_DISABLED). Audited as {@code user.activate} by the user
   * themself through this channel, in the same write.
   */
  Outcome<User> agree(ChannelIdentity who, User user, String version) {
    Outcome<?> agreed = terms.agree(user.id(), version);
    if (!agreed.isOk()) {
      return Outcome.rejected(agreed.violations());
    }
    Outcome<UserUpdate.Change> done = UserUpdate.apply(users, user.id(), Enrolment::activate,
        (before, after) -> UserAudit.event(clock.instant(), new Actor(user.id(), who),
            "user.activate", before, after));
    if (!done.isOk()) {
      return Outcome.rejected(done.violations());
    }
    store.clearProgress(user.id());
    return Outcome.ok(done.orElseThrow().after());
  }

  /** PENDING becomes ACTIVE; a DISABLED user is refused, whenever they were disabled. */
  static Outcome<User> activate(User u) {
    return switch (u.status()) {
      case PENDING -> Outcome.ok(u.withStatus(UserStatus.ACTIVE));
      case DISABLED -> Outcome.rejected("user", ErrorCode.USER_DISABLED);
      case ACTIVE -> Outcome.rejected(List.of(
          Violation.of("step", ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER)));
    };
  }
}
