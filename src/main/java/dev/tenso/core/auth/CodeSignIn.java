package dev.tenso.core.auth;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The second factor of an ACTIVE user's sign-in: what to ask (the authenticator's code, a mailed
 * code, or the set-up of an authenticator after an administrator's reset) and the check of what
 * was typed, every failure counted towards the lock.
 */
final class CodeSignIn {
  static final String FIELD = "code";
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

  private final TotpService totp;
  private final MailOtp mail;
  private final Lockout lockout;
  private final Sessions sessions;

  CodeSignIn(TotpService totp, MailOtp mail, Lockout lockout, Sessions sessions) {
    this.totp = totp;
    this.mail = mail;
    this.lockout = lockout;
    this.sessions = sessions;
  }

  /** What to ask; a mail code is sent unless the one this session waits for is still live. */
  SignInStep begin(AuthSession s, User u) {
    if (u.secondFactor() == SecondFactor.MAIL_OTP) {
      if (!mail.enabled()) {
        return refused(FIELD, ErrorCode.SECOND_FACTOR_NOT_ALLOWED);
      }
      Optional<Instant> live = mail.live(u.id(), s.challengeId());
      if (live.isPresent()) {
        return new SignInStep.MailCodeSent(live.get(), false);
      }
      Outcome<MailOtp.Sent> sent = mail.send(u);
      if (!sent.isOk()) {
        return new SignInStep.Refused(sent.violations());
      }
      sessions.save(s.withChallenge(sent.orElseThrow().challengeId()));
      return new SignInStep.MailCodeSent(sent.orElseThrow().expiresAt(), false);
    }
    if (totp.hasSecret(u.id())) {
      return new SignInStep.TotpCode();
    }
    return onScreen(s.identity()) ? totp.setup(u)
        : refused(FIELD, ErrorCode.TOTP_SETUP_NOT_ON_PHONE);
  }

  /** The code typed for this session's sign-in; a wrong one counts towards the lock. */
  Outcome<User> check(AuthSession s, User u, String code) {
    Optional<String> digits = sixDigits(code);
    if (digits.isEmpty()) {
      return Outcome.rejected(FIELD, ErrorCode.CODE_FORMAT_INVALID);
    }
    boolean ok;
    if (u.secondFactor() == SecondFactor.MAIL_OTP) {
      ok = mail.enabled() && mail.verify(u.id(), s.challengeId(), digits.get());
    } else if (totp.hasSecret(u.id())) {
      ok = totp.verify(u.id(), digits.get());
    } else {
      ok = onScreen(s.identity()) && totp.completeEnrolment(u.id(), digits.get());
    }
    if (!ok) {
      return Outcome.rejected(List.of(lockout.failure(u.id(), ErrorCode.CODE_INVALID)));
    }
    lockout.success(u.id());
    return Outcome.ok(u);
  }

  /** Six ASCII digits, surrounding spaces ignored. */
  static Optional<String> sixDigits(String code) {
    String c = code == null ? "" : code.strip();
    return SIX_DIGITS.matcher(c).matches() ? Optional.of(c) : Optional.empty();
  }

  /** A QR code can be shown (not on a keypad). */
  static boolean onScreen(ChannelIdentity who) {
    return who.channel() != Channel.PHONE;
  }

  static SignInStep.Refused refused(String field, ErrorCode code) {
    return new SignInStep.Refused(List.of(Violation.of(field, code)));
  }
}
