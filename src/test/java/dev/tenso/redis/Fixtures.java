package dev.tenso.redis;

import dev.tenso.config.RedisConfig;
import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.ChangeSet;
import dev.tenso.importer.ImportWriter;
import dev.tenso.testsupport.TestCluster;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.Topology;
import dev.tenso.testsupport.UserBuilder;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Test data and templates on a real Redis with tenso's fail-fast client options. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
  /** A routing record for store tests that do not look at it. */
  static final RoutingDecision RING = new RoutingDecision.RingTerminal("sip:test@example.com", 30);

  private Fixtures() {}

  static LettuceConnectionFactory factory(TestRedis redis) {
    var f = new LettuceConnectionFactory(
        new RedisStandaloneConfiguration("127.0.0.1", redis.port()), RedisConfig.clientConfiguration());
    f.afterPropertiesSet();
    f.start();
    return f;
  }

  static StringRedisTemplate template(LettuceConnectionFactory f) {
    var t = new StringRedisTemplate(f);
    t.afterPropertiesSet();
    return t;
  }

  private static Topology topology = Topology.SINGLE;

  /** The shape {@link #shared()} and {@link #scratch()} use from now on ({@link OnEachTopology}). */
  static synchronized void use(Topology t) {
    topology = t;
  }

  /** A shared template on the current shape's shared servers. */
  static synchronized StringRedisTemplate shared() {
    return topology.template();
  }

  /** A Redis of the current shape that a test may empty; close it when done. */
  static synchronized Scratch scratch() {
    return topology == Topology.SINGLE ? new Scratch(new Private()) : new Scratch(null);
  }

  /** A private redis-server, or the shared test cluster (emptied by {@link #flush()}). */
  static final class Scratch implements AutoCloseable {
    private final Private own;
    final StringRedisTemplate redis;

    private Scratch(Private own) {
      this.own = own;
      this.redis = own == null ? TestCluster.shared().template() : own.redis;
    }

    void flush() {
      if (own == null) {
        TestCluster.shared().flush();
      } else {
        own.server.flush();
      }
    }

    @Override
    public void close() {
      if (own != null) {
        own.close();
      } else {
        flush();
      }
    }
  }

  /**
   * A private redis-server and a template with tenso's client settings; close it when done. As a
   * static {@code @RegisterExtension} field it is emptied before each test and closed after the
   * test class.
   */
  static final class Private implements AutoCloseable, BeforeEachCallback, AfterAllCallback {
    final TestRedis server = TestRedis.start();
    final LettuceConnectionFactory factory = factory(server);
    final StringRedisTemplate redis = template(factory);

    @Override
    public void beforeEach(ExtensionContext context) {
      server.flush();
    }

    @Override
    public void afterAll(ExtensionContext context) {
      close();
    }

    @Override
    public void close() {
      factory.destroy();
      server.close();
    }
  }

  /** A number no other test uses. */
  static IpNumber uniqueNumber() {
    return new IpNumber("050" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
  }

  static User user(UserId id, String email) {
    return UserBuilder.aUser().id(id).email(email).secondFactor(SecondFactor.MAIL_OTP).title("課長")
        .groups("東京営業").numbers("05011110001").status(UserStatus.PENDING).createdAt(NOW).build();
  }

  /** Stages {@code changes} and switches them in, as the importer does. */
  static ImportWriter.Conflicts write(ImportWriter writer, ChangeSet changes) {
    try (ImportWriter.Staging staging = writer.stage()) {
      staging.add(changes);
      return staging.commit();
    }
  }

  static String text(ForwardingSetting s) {
    return (s.enabled() ? "on" : "off") + " " + s.mode() + " " + s.ringTime() + " " + s.slots()
        + " " + s.active().code();
  }

  static AuditEvent change(String actor, IpNumber n, ForwardingSetting before, ForwardingSetting after) {
    return new AuditEvent(NOW, actor, "slack", "forwarding.change", n.digits(), "", text(before),
        text(after));
  }
}
