package dev.tenso.core.auth;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.notify.LineNotices;
import dev.tenso.core.notify.Mail;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisDeliveries;
import dev.tenso.redis.RedisForwardingStore;
import dev.tenso.redis.RedisInventory;
import dev.tenso.redis.RedisUserGroups;
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
import dev.tenso.testsupport.AuditFeeds;
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
 * The sign-in door wired to its real Redis adapters on the shared test server, with a settable
 * clock, the real Redis directory, inventory and audit log, the real forwarding and user
 * administration use cases (a pending action runs through them), and a recording double of the
 * mail port (the SMTP adapter is tested on its own against GreenMail). The door's pieces
 * ({@link #parts}) are there for the tests of one piece. Every user it makes has a fresh id, so
 * tests never see each other's keys.
 */
final class AuthFixture {
  /** A step start (divisible by 30 s), so time steps are easy to reason about. */
  static final Instant START = Instant.ofEpochSecond(1_780_000_020L);

  final TestClock clock = new TestClock(START);
  final StringRedisTemplate redis = TestRedis.shared().template();
  final ServerKey key = ServerKey.load(
      Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)), null);
  final RedisUsers users = new RedisUsers(redis, AuditFeeds.of(redis));
  final RecordingMailer mailer = new RecordingMailer();
  final RedisAuditLog audit = new RedisAuditLog(redis, AuditFeeds.of(redis));
  final AtomicReference<Terms> terms =
      new AtomicReference<>(new Terms("2026-04", "個人情報保護規約", "Privacy terms"));
  final AuthSettings settings;
  final AuthStores stores;
  final Parts parts;
  final Sessions sessions;
  final SignInAccounts accounts;
  final UserAdminUseCases admin;
  final ForwardingUseCases forwarding;
  final SignInUseCases signIn;

  AuthFixture() {
    this(AuthSettings.defaults());
  }

  AuthFixture(AuthSettings settings) {
    this(settings, null);
  }

  /** With another directory (a double that interleaves changes), or null for the real one. */
  AuthFixture(AuthSettings settings, Users directory) {
    Users dir = directory == null ? users : directory;
    this.settings = settings;
    stores = new AuthStores(new RedisAuthSessions(redis), new RedisRegistrations(redis),
        new RedisTotpSecrets(redis, new SecretCipher(key)), new RedisMailCodes(redis),
        new RedisLockouts(redis), new RedisTermsAgreements(redis), terms::get,
        new HmacCodeHasher(key));
    parts = new Parts(dir, stores, mailer, settings, clock);
    sessions = new Sessions(stores.sessions(), settings, clock);
    accounts = new SignInAccounts(dir, stores, mailer, settings, clock);
    var groups = new RedisUserGroups(redis);
    admin = new UserAdminUseCases(dir, groups, sessions, accounts, audit, clock);
    forwarding = new ForwardingUseCases(new RedisInventory(redis), new RedisForwardingStore(redis, AuditFeeds.of(redis)),
        dir, groups, sessions, new LineNotices(dir, mailer, new RedisDeliveries(redis)), Runnable::run, clock);
    signIn = new SignInUseCases(dir, stores, mailer, settings, clock, forwarding, admin);
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
    stores.totpSecrets().save(u.id(), secret);
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

  /** The error codes of a list of violations, in order. */
  static List<ErrorCode> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }

  static ChannelIdentity slack() {
    return ChannelIdentity.of(Channel.SLACK, "U" + UUID.randomUUID().toString().substring(0, 8));
  }

  static ChannelIdentity phone() {
    return ChannelIdentity.of(Channel.PHONE, "CA" + UUID.randomUUID().toString().replace("-", ""));
  }

  /** The identity identified as {@code u} (by a remembered match): what the door answered. */
  SignInAnswer identify(ChannelIdentity who, User u) {
    return signIn.identify(who, new FirstFactorClaim.Linked(u.id()));
  }

  /** Signs a TOTP user in through the given identity with a current code. */
  SignInAnswer signInTotp(ChannelIdentity who, User u, String secret) {
    identify(who, u);
    signIn.next(who);
    SignInAnswer done = signIn.submit(who, new SignInInput.Code(codeAt(secret, 0)));
    sessions.find(who).ifPresent(s -> SecretsSeen.remember(s.id()));
    return done;
  }

  /** The user acting through this identity. */
  static Actor actor(User u, ChannelIdentity who) {
    return new Actor(u.id(), who);
  }

  /** Issues a registration code and answers the mail that carried it. */
  Mail.Registration register(User u) {
    accounts.startRegistration(u).orElseThrow();
    return mailer.lastRegistration(u.id());
  }
}
