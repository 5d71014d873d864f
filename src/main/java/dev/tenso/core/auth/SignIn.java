package dev.tenso.core.auth;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in with the second factor, for any channel: {@link #begin} asks (TOTP prompt, TOTP setup
 * after an administrator's reset, or a mail code sent) and keeps the pending action in the
 * session; {@link #submit} checks the code and, on success, renews the session id and hands the
 * pending action back. An unknown user is asked and refused exactly like a known one.
 */
public final class SignIn {
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

  private final Users users;
  private final Sessions sessions;
  private final AuthSessions store;
  private final TotpService totp;
  private final MailOtp mail;
  private final Lockout lockout;
  private final TermsService terms;
  private final RandomCodes random;
  private final Clock clock;

  public SignIn(Users users, Sessions sessions, AuthSessions store, TotpService totp, MailOtp mail,
      Lockout lockout, TermsService terms, RandomCodes random, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.store = store;
    this.totp = totp;
    this.mail = mail;
    this.lockout = lockout;
    this.terms = terms;
    this.random = random;
    this.clock = clock;
  }

  /** The session after sign-in, the pending action to run, and whether terms must be agreed. */
  public record SignedIn(AuthSession session, String pendingAction, boolean termsToAgree) {}

  public Outcome<Challenge> begin(ChannelIdentity who, UserId userId, String pendingAction) {
    Optional<Violation> locked = lockout.check(userId);
    if (locked.isPresent()) {
      return new Outcome.Rejected<>(List.of(locked.get()));
    }
    Optional<User> user = users.byId(userId);
    if (user.isPresent() && user.get().status() == UserStatus.DISABLED) {
      return Outcome.rejected("user", ErrorCode.USER_DISABLED);
    }
    if (user.isPresent() && user.get().status() == UserStatus.PENDING) {
      return Outcome.rejected("user", ErrorCode.USER_NOT_ACTIVE);
    }
    Challenge challenge = new Challenge.TotpCode();
    String challengeId = "";
    if (user.isPresent() && user.get().secondFactor() == SecondFactor.MAIL_OTP) {
      Outcome<Challenge.MailCodeSent> sent = mail.send(user.get());
      if (!(sent instanceof Outcome.Ok<Challenge.MailCodeSent> ok)) {
        return new Outcome.Rejected<>(sent.violations());
      }
      challenge = ok.value();
      challengeId = ok.value().challengeId();
    } else if (user.isPresent() && !totp.hasSecret(userId)) {
      challenge = totp.begin(user.get());
    }
    Instant now = clock.instant();
    AuthSession before = store.find(who).filter(s -> s.user().equals(userId)).orElse(null);
    sessions.save(new AuthSession(who, before == null ? "" : before.id(), userId,
        before == null ? null : before.verifiedAt(), now, pendingAction, challengeId));
    return Outcome.ok(challenge);
  }

  public Outcome<SignedIn> submit(ChannelIdentity who, String code) {
    Optional<AuthSession> pending = store.find(who);
    if (pending.isEmpty()) {
      return Outcome.rejected("code", ErrorCode.SESSION_REQUIRED);
    }
    AuthSession s = pending.get();
    UserId userId = s.user();
    Optional<Violation> locked = lockout.check(userId);
    if (locked.isPresent()) {
      return new Outcome.Rejected<>(List.of(locked.get()));
    }
    if (code == null || !SIX_DIGITS.matcher(code.strip()).matches()) {
      return Outcome.rejected("code", ErrorCode.CODE_FORMAT_INVALID);
    }
    if (!check(s, code.strip())) {
      return new Outcome.Rejected<>(
          List.of(lockout.failure(userId, ErrorCode.CODE_INVALID)));
    }
    lockout.success(userId);
    Instant now = clock.instant();
    AuthSession signedIn = new AuthSession(who, random.token(24), userId, now, now, "", "");
    sessions.save(signedIn);
    return Outcome.ok(new SignedIn(signedIn, s.pendingAction(), terms.needsAgreement(userId)));
  }

  private boolean check(AuthSession s, String code) {
    Optional<User> user = users.byId(s.user());
    if (user.isEmpty() || user.get().status() != UserStatus.ACTIVE) {
      return false;
    }
    if (user.get().secondFactor() == SecondFactor.MAIL_OTP) {
      return mail.enabled() && mail.verify(s.user(), s.challengeId(), code);
    }
    return totp.hasSecret(s.user()) ? totp.verify(s.user(), code)
        : totp.completeEnrolment(s.user(), code);
  }
}
