package dev.tenso.bench;

import dev.tenso.config.RedisConfig;
import dev.tenso.core.auth.AuthSession;
import dev.tenso.core.auth.AuthSettings;
import dev.tenso.core.auth.AuthStores;
import dev.tenso.core.auth.Sessions;
import dev.tenso.core.auth.SignInAccounts;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.auth.Terms;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.notify.LineNotices;
import dev.tenso.core.notify.Mailer;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisDeliveries;
import dev.tenso.redis.RedisForwardingStore;
import dev.tenso.redis.RedisImportWriter;
import dev.tenso.redis.RedisInventory;
import dev.tenso.redis.RedisRoutingTable;
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
import dev.tenso.testsupport.TestCluster;
import dev.tenso.testsupport.TestRedis;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What the benchmarks run against: a private redis-server, the production Lettuce client
 * settings, the real Redis adapters, the demo organisation imported, the real {@link Sessions}
 * as the fresh-session check, and a mailer that only counts (SMTP is not part of the core's
 * hot path being measured).
 */
final class Lab implements AutoCloseable {
  static final String DEMO = "classpath:demo/organisation.yaml";

  /** The lab's own redis-server; null for a lab on the test cluster. */
  final TestRedis server;
  private final TestCluster cluster;
  final LettuceConnectionFactory factory;
  final StringRedisTemplate redis;
  final RedisInventory inventory;
  final CountingStore store;
  final RedisUsers users;
  final RedisAuthSessions authSessions;
  final Sessions sessions;
  final LongAdder mails = new LongAdder();
  final ForwardingUseCases forwarding;
  /** The routing answer's read (what {@code /twilio/voice} asks for each call). */
  final CallRouting routing;
  final SignInUseCases signIn;
  final Clock clock = Clock.systemUTC();

  /** A lab on a fresh redis-server of its own. */
  Lab() {
    this(TestRedis.start(), null);
  }

  /** A lab on a fresh three-primary Redis Cluster (the tests' harness), closed with it. */
  static Lab onCluster() {
    TestCluster cluster = TestCluster.ofItsOwn();
    return new Lab(null, cluster);
  }

  private Lab(TestRedis server, TestCluster cluster) {
    this.server = server;
    this.cluster = cluster;
    if (server != null) {
      factory = new LettuceConnectionFactory(
          new RedisStandaloneConfiguration("127.0.0.1", server.port()),
          RedisConfig.clientConfiguration());
      factory.afterPropertiesSet();
      factory.start();
    } else {
      factory = cluster.connectionFactory();
    }
    redis = new StringRedisTemplate(factory);
    redis.afterPropertiesSet();
    inventory = new RedisInventory(redis);
    store = new CountingStore(new RedisForwardingStore(redis, AuditFeeds.of(redis)));
    users = new RedisUsers(redis, AuditFeeds.of(redis));
    RedisUserGroups groups = new RedisUserGroups(redis);
    importer(imported -> { }).load(DEMO);
    routing = new CallRouting(new RedisRoutingTable(redis));
    authSessions = new RedisAuthSessions(redis);
    sessions = new Sessions(authSessions, AuthSettings.defaults(), clock);
    forwarding = new ForwardingUseCases(inventory, store, users, groups, sessions,
        new LineNotices(users, mail -> {
          mails.increment();
          return true;
        }, new RedisDeliveries(redis)), Runnable::run, clock); // notices inline: the bench counts their cost (production sends them after the answer)
    ServerKey key = ServerKey.load(
        Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)), null);
    AuthStores stores = new AuthStores(authSessions, new RedisRegistrations(redis),
        new RedisTotpSecrets(redis, new SecretCipher(key)), new RedisMailCodes(redis),
        new RedisLockouts(redis), new RedisTermsAgreements(redis),
        () -> new Terms("bench", "規約", "Terms"), new HmacCodeHasher(key));
    Mailer counted = mail -> {
      mails.increment();
      return true;
    };
    signIn = new SignInUseCases(users, stores, counted, AuthSettings.defaults(), clock, forwarding,
        new UserAdminUseCases(users, groups, sessions,
            new SignInAccounts(users, stores, counted, AuthSettings.defaults(), clock),
            new RedisAuditLog(redis, AuditFeeds.of(redis)), clock));
  }

  /** The real importer over this lab's Redis. */
  OrganisationImporter importer(dev.tenso.importer.ImportedUsers hook) {
    return new OrganisationImporter(inventory, store, users, new RedisImportWriter(redis, AuditFeeds.of(redis)), hook,
        clock);
  }

  User user(String email) {
    return users.byEmail(Email.of(email)).orElseThrow();
  }

  /** An actor on Slack who has not signed in (enough to read forwarding). */
  Actor actor(String email) {
    return new Actor(user(email).id(), ChannelIdentity.of(Channel.SLACK, "U-BENCH-" + user(email).id().value()));
  }

  /** An actor on Slack with a verified session stored in Redis, as sign-in leaves it. */
  Actor signedIn(String email) {
    Actor actor = actor(email);
    Instant now = clock.instant();
    authSessions.save(new AuthSession(actor.identity(), UUID.randomUUID().toString(),
        actor.user(), now, now, Optional.empty(), "", false), Duration.ofMinutes(15));
    if (!sessions.isFresh(actor)) {
      throw new IllegalStateException("the benchmark session is not fresh");
    }
    return actor;
  }

  /**
   * Loads the demo organisation again with {@code extra} more users (no numbers, no mail): a
   * directory the size of a real company, for what grows with it.
   */
  void addUsers(int extra) {
    StringBuilder yaml = new StringBuilder();
    try (var in = Lab.class.getResourceAsStream("/demo/organisation.yaml")) {
      yaml.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      for (int i = 0; i < extra; i++) {
        yaml.append(String.format("%n  - {email: bench%04d@example.com, name: Bench %04d, "
            + "phone: 03-5555-%04d, language: ja, secondFactor: MAIL_OTP, role: GENERAL, "
            + "timezone: Asia/Tokyo, groups: [], numbers: [], lineNotification: false, "
            + "registered: true}", i, i, i));
      }
      java.nio.file.Path file = java.nio.file.Files.createTempFile("tenso-bench-", ".yaml");
      try {
        java.nio.file.Files.writeString(file, yaml.append('\n'));
        importer(imported -> { }).load(file.toString());
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  long version(String number) {
    return store.get(IpNumber.of(number)).version();
  }

  long auditEntries(String number) {
    Long n = redis.opsForStream().size("tenso:audit:number:{" + IpNumber.of(number).digits() + "}");
    return n == null ? 0 : n;
  }

  String redisMemory() {
    var info = redis.execute(
        (org.springframework.data.redis.core.RedisCallback<java.util.Properties>)
            c -> c.serverCommands().info("memory"));
    return info == null ? "?" : info.getProperty("used_memory_human", "?");
  }

  @Override
  public void close() {
    if (server != null) {
      factory.destroy();
      server.close();
    } else {
      cluster.close(); // its factory with it
    }
  }
}
