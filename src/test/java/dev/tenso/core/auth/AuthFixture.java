package dev.tenso.core.auth;

import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisUsers;
import dev.tenso.redis.auth.HmacCodeHasher;
import dev.tenso.redis.auth.RedisAuthSessions;
import dev.tenso.redis.auth.RedisLockouts;
import dev.tenso.redis.auth.RedisMailCodes;
import dev.tenso.redis.auth.RedisRegistrations;
import dev.tenso.redis.auth.RedisTermsAgreements;
import dev.tenso.redis.auth.RedisTotpSecrets;
import dev.tenso.redis.auth.SecretCipher;
import dev.tenso.redis.auth.ServerKey;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.UserBuilder;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The sign-in core wired to its real Redis adapters on the shared test server, with a settable
 * clock, the real Redis directory and audit log, and a recording double of the mail port
 * (the SMTP adapter is tested on its own against GreenMail). Every user it makes has a fresh id,
 * so tests never see each other's keys.
 */
final class AuthFixture {
  /** A step start (divisible by 30 s), so time steps are easy to reason about. */
  static final Instant START = Instant.ofEpochSecond(1_780_000_020L);

  final TestClock clock = new TestClock(START);
  final StringRedisTemplate redis = TestRedis.shared().template();
  final ServerKey key = ServerKey.load(
      Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)), null);
  final HmacCodeHasher hasher = new HmacCodeHasher(key);
  final SecretCipher cipher = new SecretCipher(key);
  final RedisUsers users = new RedisUsers(redis);
  final RecordingMailer mailer = new RecordingMailer();
  final RedisAuditLog audit = new RedisAuditLog(redis);
  final AtomicReference<Terms> terms =
      new AtomicReference<>(new Terms("2026-04", "個人情報保護規約", "Privacy terms"));
  final RandomCodes random = RandomCodes.secure();
  final AuthSettings settings;

  final RedisTotpSecrets totpSecrets = new RedisTotpSecrets(redis, cipher);
  final RedisAuthSessions sessionStore = new RedisAuthSessions(redis);
  final RedisRegistrations registrations = new RedisRegistrations(redis);
  final RedisMailCodes mailCodes = new RedisMailCodes(redis);
  final Lockout lockout;
  final TotpService totp;
  final MailOtp mailOtp;
  final TermsService termsService;
  final Sessions sessions;
  final SignIn signIn;
  final RegistrationService registration;
  final EnrolmentService enrolment;
  final AuthAdmin admin;

  AuthFixture() {
    this(AuthSettings.defaults());
  }

  AuthFixture(AuthSettings settings) {
    this.settings = settings;
    lockout = new Lockout(new RedisLockouts(redis), settings, clock);
    totp = new TotpService(totpSecrets, new ZxingPngQrGenerator(), settings, clock);
    mailOtp = new MailOtp(mailCodes, hasher, mailer, random, settings, clock);
    termsService = new TermsService(terms::get, new RedisTermsAgreements(redis), clock);
    sessions = new Sessions(sessionStore, settings, clock);
    signIn = new SignIn(users, sessions, sessionStore, totp, mailOtp, lockout, termsService,
        random, clock);
    registration = new RegistrationService(users, registrations, hasher, mailer, lockout, totp,
        random, settings, clock);
    enrolment = new EnrolmentService(users, registrations, totp, mailOtp, lockout, termsService,
        settings, clock);
    admin = new AuthAdmin(users, sessions, totp, lockout, registration, audit, clock);
  }

  User user(SecondFactor factor, UserStatus status) {
    return user(factor, status, Role.GENERAL);
  }

  User user(SecondFactor factor, UserStatus status, Role role) {
    User u = UserBuilder.aUser().id(users.nextId()).phone("050-1234-5678").secondFactor(factor)
        .role(role).status(status).createdAt(START).build();
    users.create(u, null);
    return u;
  }

  /** An ACTIVE TOTP user with a known secret (remembered). */
  String activeTotpSecret(User u) {
    String secret = SecretsSeen.remember(new DefaultSecretGenerator().generate());
    totpSecrets.save(u.id(), secret);
    return secret;
  }

  /** The current code of a secret at the fixture clock shifted by {@code skewSeconds}. */
  String codeAt(String secret, long skewSeconds) {
    long step = TotpCodes.stepOf(clock.instant().plusSeconds(skewSeconds));
    return SecretsSeen.remember(new TotpCodes().code(secret, step));
  }

  /** A six-digit code that is not the given one. */
  static String wrong(String code) {
    return SecretsSeen.remember(String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000));
  }

  /** The error codes of a refusal, in order. */
  static List<ErrorCode> codes(Outcome<?> o) {
    return o.violations().stream().map(Violation::code).toList();
  }

  static ChannelIdentity slack() {
    return ChannelIdentity.of(Channel.SLACK, "U" + UUID.randomUUID().toString().substring(0, 8));
  }

  static ChannelIdentity phone() {
    return ChannelIdentity.of(Channel.PHONE, "CA" + UUID.randomUUID().toString().replace("-", ""));
  }

  /** Signs a TOTP user in through the given identity; returns the signed-in result. */
  SignIn.SignedIn signInTotp(ChannelIdentity who, User u, String secret, String pending) {
    signIn.begin(who, u.id(), pending).orElseThrow();
    var done = signIn.submit(who, codeAt(secret, 0)).orElseThrow();
    SecretsSeen.remember(done.session().id());
    return done;
  }
}
