package dev.tenso.core.auth;

import dev.tenso.core.auth.Registrations.Progress;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Which step a known, not disabled user is at, through one channel identity: the lock first;
 * then, for a PENDING user, how far their registration got from this identity; for an ACTIVE
 * user, their session (fresh, waiting for the terms, or a code to ask).
 */
final class Steps {
  private final Parts p;

  Steps(Parts p) {
    this.p = p;
  }

  /** The step, beginning what it asks for (a mail code sent, a TOTP set-up made). */
  SignInStep next(AuthSession s, User u) {
    Optional<Instant> lock = p.lockout.lockedUntil(u.id());
    if (lock.isPresent()) {
      return new SignInStep.Locked(lock.get());
    }
    if (u.status() == UserStatus.PENDING) {
      return registration(s.identity(), u);
    }
    Instant now = p.clock.instant();
    if (p.sessions.fresh(s, now) && p.terms.needsAgreement(u.id())) {
      p.sessions.save(s.withTermsPending(true).seenAt(now));
      return terms(u);
    }
    if (p.sessions.fresh(s, now)) {
      p.sessions.save(s.seenAt(now));
      return new SignInStep.SignedIn(Optional.empty());
    }
    return p.sessions.alive(s, now) && s.termsPending() ? terms(u) : p.codes.begin(s, u);
  }

  /** The step as far as it can be told without beginning anything. */
  SignInStep peek(AuthSession s, User u) {
    Optional<Instant> lock = p.lockout.lockedUntil(u.id());
    if (lock.isPresent()) {
      return new SignInStep.Locked(lock.get());
    }
    Instant now = p.clock.instant();
    if (u.status() == UserStatus.ACTIVE && p.sessions.fresh(s, now)) {
      p.sessions.save(s.seenAt(now));
      return new SignInStep.SignedIn(Optional.empty());
    }
    return new SignInStep.Identified();
  }

  SignInStep.TermsToAgree terms(User u) {
    Terms t = p.terms.current();
    return new SignInStep.TermsToAgree(t.version(), t.text(u.language()));
  }

  private SignInStep registration(ChannelIdentity who, User u) {
    Optional<Progress> at = p.registration.progress(u.id(), who);
    RegistrationStep step = at.map(Progress::step).orElse(null);
    if (step == RegistrationStep.SECOND_FACTOR) {
      return p.enrolment.setup(who, u, at.get());
    }
    if (step == RegistrationStep.TERMS) {
      return terms(u);
    }
    if (step == RegistrationStep.IDENTITY) {
      return new SignInStep.IdentityCheck(IdentityMatch.fields(who.channel()));
    }
    if (!registrationOpenTo(who, u)) {
      return CodeSignIn.refused("code", ErrorCode.TOTP_SETUP_NOT_ON_PHONE);
    }
    return p.registration.open(u.id()) ? new SignInStep.RegistrationCode()
        : CodeSignIn.refused("registration", ErrorCode.REGISTRATION_NOT_OPEN);
  }

  /**
   * Whether this identity may enter the user's registration code: not on a keypad for a TOTP
   * user, who could not scan the QR code there (the code stays unused for Slack).
   */
  static boolean registrationOpenTo(ChannelIdentity who, User u) {
    return u.secondFactor() != SecondFactor.TOTP || CodeSignIn.onScreen(who);
  }
}
