package dev.tenso.core.auth;

import dev.tenso.core.auth.Registrations.Progress;
import dev.tenso.core.auth.TermsAgreements.TermsAgreement;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
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
  private final Clock clock;

  public EnrolmentService(Users users, Registrations store, TotpService totp, MailOtp mail,
      Lockout lockout, TermsService terms, AuthSettings settings, Clock clock) {
    this.users = users;
    this.store = store;
    this.totp = totp;
    this.mail = mail;
    this.lockout = lockout;
    this.terms = terms;
    this.settings = settings;
    this.clock = clock;
  }

  /** TOTP: the setup to show; mail codes: a code is sent. */
  public Outcome<Challenge> beginSecondFactor(ChannelIdentity who, UserId id) {
    Outcome<User> user = at(who, id, RegistrationStep.SECOND_FACTOR);
    if (!user.isOk()) {
      return new Outcome.Rejected<>(user.violations());
    }
    if (user.orElseThrow().secondFactor() == SecondFactor.TOTP) {
      return Outcome.ok(totp.begin(user.orElseThrow()));
    }
    Outcome<Challenge.MailCodeSent> sent = mail.send(user.orElseThrow());
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
    Outcome<User> user = at(who, id, RegistrationStep.SECOND_FACTOR);
    if (!user.isOk()) {
      return new Outcome.Rejected<>(user.violations());
    }
    Optional<Violation> locked = lockout.check(id);
    if (locked.isPresent()) {
      return new Outcome.Rejected<>(List.of(locked.get()));
    }
    if (code == null || !SIX_DIGITS.matcher(code.strip()).matches()) {
      return Outcome.rejected("code", ErrorCode.CODE_FORMAT_INVALID);
    }
    String challenge = store.progress(id).map(Progress::challengeId).orElse("");
    boolean ok = user.orElseThrow().secondFactor() == SecondFactor.TOTP
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

  /**
   * Agreeing to the current terms finishes registration: the user becomes ACTIVE, by a
   * compare-and-set that re-checks the status on every read, so a user an administrator disabled
   * meanwhile stays DISABLED (USER_DISABLED). Audited as {@code user.activate} by the user
   * themself through this channel, in the same write.
   */
  public Outcome<User> agreeTerms(ChannelIdentity who, UserId id, String version) {
    Outcome<User> user = at(who, id, RegistrationStep.TERMS);
    if (!user.isOk()) {
      return new Outcome.Rejected<>(user.violations());
    }
    Outcome<TermsAgreement> agreed = terms.agree(id, version);
    if (!agreed.isOk()) {
      return new Outcome.Rejected<>(agreed.violations());
    }
    Outcome<UserUpdate.Change> done = UserUpdate.apply(users, id, EnrolmentService::activate,
        (before, after) -> UserAudit.event(clock.instant(), new Actor(id, who),
            "user.activate", before, after));
    if (!done.isOk()) {
      return new Outcome.Rejected<>(done.violations());
    }
    store.clearProgress(id);
    return Outcome.ok(done.orElseThrow().after());
  }

  /** PENDING becomes ACTIVE; a DISABLED user is refused, whenever they were disabled. */
  static Outcome<User> activate(User u) {
    return switch (u.status()) {
      case PENDING -> Outcome.ok(u.withStatus(UserStatus.ACTIVE));
      case DISABLED -> Outcome.rejected("user", ErrorCode.USER_DISABLED);
      case ACTIVE -> outOfOrder();
    };
  }

  /** The PENDING user at this step from this identity; USER_DISABLED once disabled. */
  private Outcome<User> at(ChannelIdentity who, UserId id, RegistrationStep step) {
    boolean there = store.progress(id)
        .filter(p -> p.step() == step && p.identityKey().equals(who.key())).isPresent();
    Optional<User> user = there ? users.byId(id) : Optional.empty();
    if (user.isPresent() && user.get().status() == UserStatus.DISABLED) {
      return Outcome.rejected("user", ErrorCode.USER_DISABLED);
    }
    return user.filter(u -> u.status() == UserStatus.PENDING).map(Outcome::ok)
        .orElseGet(EnrolmentService::outOfOrder);
  }

  private static <T> Outcome<T> outOfOrder() {
    return Outcome.rejected("step", ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
  }
}
