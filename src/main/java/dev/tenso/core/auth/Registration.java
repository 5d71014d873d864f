package dev.tenso.core.auth;

import dev.tenso.core.auth.Registrations.IssuedCode;
import dev.tenso.core.auth.Registrations.Progress;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.core.notify.Mailer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registration (§3): the registration code (a 256-bit link token and a separate 8-digit keypad
 * code, both single use, stored hashed, 72 h) mailed to a new user; checking it binds the
 * registration to the channel identity that entered it; identity confirmation then uses it up.
 * {@link Enrolment} takes over from there.
 */
final class Registration {
  private static final Pattern KEYPAD = Pattern.compile("[0-9]{8}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final String FIELD = "code";

  private final Registrations store;
  private final CodeHasher hasher;
  private final Mailer mailer;
  private final Lockout lockout;
  private final RandomCodes random;
  private final AuthSettings settings;
  private final Clock clock;

  Registration(Registrations store, CodeHasher hasher, Mailer mailer, Lockout lockout,
      RandomCodes random, AuthSettings settings, Clock clock) {
    this.store = store;
    this.hasher = hasher;
    this.mailer = mailer;
    this.lockout = lockout;
    this.random = random;
    this.settings = settings;
    this.clock = clock;
  }

  /** Issues a new registration code (the old one dies) and mails it; answers its expiry. */
  Outcome<Instant> start(User user) {
    if (user.status() == UserStatus.DISABLED) {
      return Outcome.rejected("user", ErrorCode.USER_DISABLED);
    }
    if (user.status() != UserStatus.PENDING) {
      return Outcome.rejected("user", ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    }
    String token = random.token(32);
    String keypad = random.digits(8);
    Instant expiresAt = clock.instant().plus(settings.registrationValidity());
    store.issue(user.id(), new IssuedCode(tokenHash(token), keypadHash(user.id(), keypad),
        expiresAt), settings.registrationValidity().plusHours(1));
    store.clearProgress(user.id());
    if (!mailer.send(new Mail.Registration(user, token, keypad, expiresAt))) {
      return Outcome.rejected("mail", ErrorCode.TEMPORARILY_UNAVAILABLE);
    }
    return Outcome.ok(expiresAt);
  }

  /** A live registration code exists for the user. */
  boolean open(UserId user) {
    return live(user).isPresent();
  }

  /** How far this identity got with the user's registration. */
  Optional<Progress> progress(UserId user, ChannelIdentity who) {
    return store.progress(user).filter(p -> p.identityKey().equals(who.key()));
  }

  /**
   * The link token or keypad code of the user's live registration; a wrong one counts towards
   * the lock. On success the registration is this identity's, at the identity check.
   */
  Outcome<RegistrationStep> checkCode(ChannelIdentity who, User user, String code) {
    String c = code == null ? "" : code.strip();
    Optional<IssuedCode> issued = live(user.id()).filter(i -> matches(user.id(), i, c));
    if (issued.isEmpty()) {
      return Outcome.rejected(
          List.of(lockout.failure(user.id(), ErrorCode.REGISTRATION_CODE_INVALID)));
    }
    store.saveProgress(user.id(), new Progress(RegistrationStep.IDENTITY, who.key(),
        issued.get().tokenHash()), settings.registrationValidity());
    return Outcome.ok(RegistrationStep.IDENTITY);
  }

  /**
   * 本人確認 after the code: every field asked must match (a mismatch counts towards the lock);
   * then the code is used up, exactly once however many try at the same moment.
   */
  Outcome<RegistrationStep> confirmIdentity(ChannelIdentity who, User user,
      SignInInput.Identity claim, List<String> fields) {
    Optional<Progress> at = progress(user.id(), who)
        .filter(p -> p.step() == RegistrationStep.IDENTITY);
    if (at.isEmpty()) {
      return Outcome.rejected("step", ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    }
    String tokenHash = at.get().challengeId();
    if (live(user.id()).filter(i -> i.tokenHash().equals(tokenHash)).isEmpty()) {
      return Outcome.rejected(FIELD, ErrorCode.REGISTRATION_CODE_INVALID);
    }
    List<Violation> wrong = IdentityMatch.mismatches(user, claim, fields);
    if (!wrong.isEmpty()) {
      Violation counted = lockout.failure(user.id(), ErrorCode.IDENTITY_MISMATCH);
      return Outcome.rejected(counted.code() == ErrorCode.USER_LOCKED ? List.of(counted) : wrong);
    }
    if (!store.consume(user.id(), tokenHash)) {
      return Outcome.rejected(FIELD, ErrorCode.REGISTRATION_CODE_INVALID);
    }
    lockout.success(user.id());
    store.saveProgress(user.id(), new Progress(RegistrationStep.SECOND_FACTOR, who.key(), ""),
        settings.registrationValidity());
    return Outcome.ok(RegistrationStep.SECOND_FACTOR);
  }

  private Optional<IssuedCode> live(UserId user) {
    Instant now = clock.instant();
    return store.find(user).filter(c -> now.isBefore(c.expiresAt()));
  }

  private boolean matches(UserId user, IssuedCode issued, String code) {
    boolean keypad = KEYPAD.matcher(code).matches();
    if (!keypad && !TOKEN.matcher(code).matches()) {
      return false;
    }
    String expected = keypad ? issued.keypadHash() : issued.tokenHash();
    String given = keypad ? keypadHash(user, code) : tokenHash(code);
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private String tokenHash(String token) {
    return hasher.hash("registration-token:" + token);
  }

  private String keypadHash(UserId user, String keypad) {
    return hasher.hash("registration-keypad:" + user.value() + ":" + keypad);
  }
}
