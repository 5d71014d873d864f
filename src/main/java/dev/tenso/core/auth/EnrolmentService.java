package dev.tenso.core.auth;

import dev.tenso.core.auth.Registrations.Progress;
import dev.tenso.core.auth.TermsAgreements.TermsAgreement;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rest of first login, after identity confirmation, from the same channel identity: set up
 * the second factor (confirmed by one current code), then agree to the terms; only then is the
 * user ACTIVE.
 */
public final class EnrolmentService {
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

  private final Users users;
  private final Registrations store;
  private final TotpService totp;
  private final MailOtp mail;
  private final Lockout lockout;
  private final TermsService terms;
  private final AuthSettings settings;

  public EnrolmentService(Users users, Registrations store, TotpService totp, MailOtp mail,
      Lockout lockout, TermsService terms, AuthSettings settings) {
    this.users = users;
    this.store = store;
    this.totp = totp;
    this.mail = mail;
    this.lockout = lockout;
    this.terms = terms;
    this.settings = settings;
  }

  /** TOTP: the setup to show; mail codes: a code is sent. */
  public Outcome<Challenge> beginSecondFactor(ChannelIdentity who, UserId id) {
    Optional<User> user = at(who, id, RegistrationStep.SECOND_FACTOR);
    if (user.isEmpty()) {
      return outOfOrder();
    }
    if (user.get().secondFactor() == SecondFactor.TOTP) {
      return Outcome.ok(totp.begin(user.get()));
    }
    Outcome<Challenge.MailCodeSent> sent = mail.send(user.get());
    if (sent instanceof Outcome.Ok<Challenge.MailCodeSent> ok) {
      store.saveProgress(id, new Progress(RegistrationStep.SECOND_FACTOR, who.key(),
          ok.value().challengeId()), settings.registrationValidity());
      return Outcome.ok(ok.value());
    }
    return new Outcome.Rejected<>(sent.violations());
  }

  /** One current code completes the second factor; the next step is the terms. */
  public Outcome<RegistrationStep> completeSecondFactor(ChannelIdentity who, UserId id,
      String code) {
    Optional<User> user = at(who, id, RegistrationStep.SECOND_FACTOR);
    if (user.isEmpty()) {
      return outOfOrder();
    }
    Optional<Violation> locked = lockout.check(id);
    if (locked.isPresent()) {
      return new Outcome.Rejected<>(List.of(locked.get()));
    }
    if (code == null || !SIX_DIGITS.matcher(code.strip()).matches()) {
      return Outcome.rejected("code", ErrorCode.CODE_FORMAT_INVALID);
    }
    String challenge = store.progress(id).map(Progress::challengeId).orElse("");
    boolean ok = user.get().secondFactor() == SecondFactor.TOTP
        ? totp.completeEnrolment(id, code.strip())
        : mail.verify(id, challenge, code.strip());
    if (!ok) {
      return new Outcome.Rejected<>(List.of(lockout.failure(id, ErrorCode.CODE_INVALID)));
    }
    lockout.success(id);
    store.saveProgress(id, new Progress(RegistrationStep.TERMS, who.key(), ""),
        settings.registrationValidity());
    return Outcome.ok(RegistrationStep.TERMS);
  }

  /** The terms to show at this step. */
  public Terms terms() {
    return terms.current();
  }

  /** Agreeing to the current terms finishes registration: the user becomes ACTIVE. */
  public Outcome<User> agreeTerms(ChannelIdentity who, UserId id, String version) {
    Optional<User> user = at(who, id, RegistrationStep.TERMS);
    if (user.isEmpty()) {
      return outOfOrder();
    }
    Outcome<TermsAgreement> agreed = terms.agree(id, version);
    if (!agreed.isOk()) {
      return new Outcome.Rejected<>(agreed.violations());
    }
    User active = user.get().withStatus(UserStatus.ACTIVE);
    users.update(active);
    store.clearProgress(id);
    return Outcome.ok(active);
  }

  private Optional<User> at(ChannelIdentity who, UserId id, RegistrationStep step) {
    boolean there = store.progress(id)
        .filter(p -> p.step() == step && p.identityKey().equals(who.key())).isPresent();
    return there ? users.byId(id).filter(u -> u.status() == UserStatus.PENDING) : Optional.empty();
  }

  private static <T> Outcome<T> outOfOrder() {
    return Outcome.rejected("step", ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
  }
}
