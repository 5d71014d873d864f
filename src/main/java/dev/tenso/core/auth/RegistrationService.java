package dev.tenso.core.auth;

import dev.tenso.core.auth.Registrations.IssuedCode;
import dev.tenso.core.auth.Registrations.Progress;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAudit;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.UserUpdate;
import dev.tenso.core.directory.Users;
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
 * code, both single use, stored hashed, 72 h) mailed to a new user, and identity confirmation.
 * Then {@link EnrolmentService} takes over. Also imports users already registered elsewhere.
 */
public final class RegistrationService {
  private static final Pattern KEYPAD = Pattern.compile("[0-9]{8}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final String FIELD = "code";

  private final Users users;
  private final Registrations store;
  private final CodeHasher hasher;
  private final Mailer mailer;
  private final Lockout lockout;
  private final TotpService totp;
  private final RandomCodes random;
  private final AuthSettings settings;
  private final Clock clock;

  public RegistrationService(Users users, Registrations store, CodeHasher hasher, Mailer mailer,
      Lockout lockout, TotpService totp, RandomCodes random, AuthSettings settings, Clock clock) {
    this.users = users;
    this.store = store;
    this.hasher = hasher;
    this.mailer = mailer;
    this.lockout = lockout;
    this.totp = totp;
    this.random = random;
    this.settings = settings;
    this.clock = clock;
  }

  /** Issues a new registration code (the old one dies) and mails it; answers its expiry. */
  public Outcome<Instant> startRegistration(User user) {
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

  /** The code and email, name, phone; on success the next step is the second factor. */
  public Outcome<RegistrationStep> confirmIdentity(ChannelIdentity who, IdentityClaim claim) {
    UserId known = claim.knownUser();
    if (known != null) {
      Optional<Violation> locked = lockout.check(known);
      if (locked.isPresent()) {
        return new Outcome.Rejected<>(List.of(locked.get()));
      }
    }
    String code = claim.code() == null ? "" : claim.code().strip();
    Optional<UserId> owner = owner(known, code);
    Optional<IssuedCode> issued = owner.flatMap(store::find)
        .filter(c -> matches(owner.get(), c, code))
        .filter(c -> clock.instant().isBefore(c.expiresAt()));
    Optional<User> user = issued.flatMap(c -> users.byId(owner.get()))
        .filter(u -> u.status() == UserStatus.PENDING);
    if (user.isEmpty()) {
      return known == null ? Outcome.rejected(FIELD, ErrorCode.REGISTRATION_CODE_INVALID)
          : new Outcome.Rejected<>(
              List.of(lockout.failure(known, ErrorCode.REGISTRATION_CODE_INVALID)));
    }
    UserId id = user.get().id();
    List<Violation> wrong = IdentityMatch.mismatches(user.get(), claim);
    if (!wrong.isEmpty()) {
      Violation counted = lockout.failure(id, ErrorCode.IDENTITY_MISMATCH);
      return new Outcome.Rejected<>(counted.code() == ErrorCode.USER_LOCKED ? List.of(counted)
          : wrong);
    }
    if (!store.consume(id, issued.get().tokenHash())) {
      return Outcome.rejected(FIELD, ErrorCode.REGISTRATION_CODE_INVALID);
    }
    lockout.success(id);
    store.saveProgress(id, new Progress(RegistrationStep.SECOND_FACTOR, who.key(), ""),
        settings.registrationValidity());
    return Outcome.ok(RegistrationStep.SECOND_FACTOR);
  }

  /**
   * Imports a user registered elsewhere ({@code registered: true}): ACTIVE at once, with the
   * given base32 TOTP secret (may be null) stored encrypted.
   */
  public Outcome<User> importRegistered(UserId id, String totpSecret) {
    Optional<User> user = users.byId(id);
    if (user.isEmpty()) {
      return Outcome.rejected("user", ErrorCode.USER_NOT_FOUND);
    }
    if (totpSecret != null && !totpSecret.isBlank() && !totp.importSecret(id, totpSecret)) {
      return Outcome.rejected("totpSecret", ErrorCode.SECOND_FACTOR_INVALID);
    }
    // re-checked on every read: a user disabled meanwhile stays DISABLED
    // audited as the import's user.activate, in the same write
    Outcome<UserUpdate.Change> done = UserUpdate.apply(users, id, u -> Outcome.ok(
        u.status() == UserStatus.PENDING ? u.withStatus(UserStatus.ACTIVE) : u),
        (before, after) -> UserAudit.event(clock.instant(), Actor.system(Channel.IMPORT),
            "user.activate", before, after));
    return done.isOk() ? Outcome.ok(done.orElseThrow().after())
        : new Outcome.Rejected<>(done.violations());
  }

  private Optional<UserId> owner(UserId known, String code) {
    if (TOKEN.matcher(code).matches()) {
      return store.userByToken(tokenHash(code)).filter(u -> known == null || known.equals(u));
    }
    return KEYPAD.matcher(code).matches() ? Optional.ofNullable(known) : Optional.empty();
  }

  private boolean matches(UserId user, IssuedCode issued, String code) {
    String expected = KEYPAD.matcher(code).matches() ? issued.keypadHash() : issued.tokenHash();
    String given = KEYPAD.matcher(code).matches() ? keypadHash(user, code) : tokenHash(code);
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
