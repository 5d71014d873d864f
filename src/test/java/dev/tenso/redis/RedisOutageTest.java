package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.ChangeSet;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.TestRedis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * Redis stops in the middle: every adapter answers StoreUnavailableException (not a hang), and
 * after the restart (data kept by the append-only file) nothing of the refused writes is there.
 */
class RedisOutageTest {
  @TempDir Path dir;
  private RedisServer server;
  private LettuceConnectionFactory factory;
  private StringRedisTemplate redis;

  @BeforeEach
  void start() throws Exception {
    int port = TestRedis.freePort();
    server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
        .setting("dir " + dir).setting("appendonly yes").setting("appendfsync always").build();
    server.start();
    factory = new LettuceConnectionFactory(
        new RedisStandaloneConfiguration("127.0.0.1", port), dev.tenso.config.RedisConfig.clientConfiguration());
    factory.afterPropertiesSet();
    factory.start();
    redis = Fixtures.template(factory);
  }

  @AfterEach
  void stop() throws Exception {
    factory.destroy();
    if (server.isActive()) {
      server.stop();
    }
  }

  @Test
  void anOutageIsStoreUnavailableAndNothingPartialIsWritten() throws Exception {
    var store = new RedisForwardingStore(redis, AuditFeeds.of(redis));
    var users = new RedisUsers(redis, AuditFeeds.of(redis));
    var writer = new RedisImportWriter(redis, AuditFeeds.of(redis));
    IpNumber n = new IpNumber("05011110001");
    var first = ForwardingSetting.initial().withEnabled(true).withSlot(1, "090-1234-5678");
    assertThat(store.compareAndSet(n, 0, first, Fixtures.RING,
        Fixtures.change("import", n, ForwardingSetting.initial(), first))).isTrue();

    server.stop();

    var second = first.withSlot(2, "03-1234-5678");
    assertThatThrownBy(() -> store.compareAndSet(n, 1, second, Fixtures.RING,
        Fixtures.change("import", n, first, second))).isInstanceOf(StoreUnavailableException.class)
        .hasMessageNotContaining("090");
    assertThatThrownBy(() -> store.get(n)).isInstanceOf(StoreUnavailableException.class);
    var user = Fixtures.user(users.nextId(), "outage@example.com");
    assertThatThrownBy(() -> users.create(user, null)).isInstanceOf(StoreUnavailableException.class);
    var changes = new ChangeSet(List.of(), List.of(), List.of(), List.of(),
        List.of(new ChangeSet.ForwardingWrite(n, 1, second, Fixtures.change("import", n, first, second))),
        List.of(), List.of(new ChangeSet.UserChange(user, null, null)), List.of());
    assertThatThrownBy(() -> Fixtures.write(writer, changes))
        .isInstanceOf(StoreUnavailableException.class);

    server.start();
    var after = awaitReconnect(store, n);

    assertThat(after.version()).isEqualTo(1);
    assertThat(after.value()).isEqualTo(first);
    assertThat(new RedisAuditLog(redis, AuditFeeds.of(redis)).forNumber(n.digits(), 10)).hasSize(1);
    assertThat(users.byId(user.id())).isEmpty();
    assertThat(users.byEmail(user.email())).isEmpty();
  }

  @Test
  void aUserWriteDuringAnOutageLeavesNeitherTheUserNorItsAudit() throws Exception {
    var users = new RedisUsers(redis, AuditFeeds.of(redis));
    var audit = new RedisAuditLog(redis, AuditFeeds.of(redis));
    var u = Fixtures.user(users.nextId(), "kept@example.com");
    var added = new AuditEvent(Fixtures.NOW, "admin-1", "slack", "user.add", "", u.id().value(),
        "", "status=PENDING");
    assertThat(users.create(u, added)).isTrue();

    server.stop();

    var active = u.withStatus(UserStatus.ACTIVE);
    var enabled = new AuditEvent(Fixtures.NOW, "admin-1", "slack", "user.enable", "",
        u.id().value(), "status=PENDING", "status=ACTIVE");
    assertThatThrownBy(() -> users.update(u, active, enabled))
        .isInstanceOf(StoreUnavailableException.class);
    var other = Fixtures.user(users.nextId(), "lost@example.com");
    assertThatThrownBy(() -> users.create(other, new AuditEvent(Fixtures.NOW, "admin-1", "slack",
        "user.add", "", other.id().value(), "", "status=PENDING")))
        .isInstanceOf(StoreUnavailableException.class);

    server.start();
    var after = awaitUser(users, u);

    assertThat(after).isEqualTo(u);
    assertThat(users.byId(other.id())).isEmpty();
    assertThat(audit.forUser("admin-1", 10)).containsExactly(added);
    assertThat(audit.forUser(u.id().value(), 10)).containsExactly(added);
    assertThat(audit.forUser(other.id().value(), 10)).isEmpty();
    assertThat(audit.all(10)).containsExactly(added);
  }

  /** The stored user once Lettuce has reconnected. Bounded polling. */
  private static User awaitUser(RedisUsers users, User u) throws InterruptedException {
    StoreUnavailableException last = null;
    for (int i = 0; i < 300; i++) {
      try {
        return users.byId(u.id()).orElseThrow();
      } catch (StoreUnavailableException e) {
        last = e;
        Thread.sleep(100);
      }
    }
    throw last;
  }

  /** Lettuce reconnects by itself; until then commands are rejected. Bounded polling. */
  private static dev.tenso.core.forwarding.Versioned<ForwardingSetting> awaitReconnect(
      RedisForwardingStore store, IpNumber n) throws InterruptedException {
    StoreUnavailableException last = null;
    for (int i = 0; i < 300; i++) {
      try {
        return store.get(n);
      } catch (StoreUnavailableException e) {
        last = e;
        Thread.sleep(100);
      }
    }
    throw last;
  }
}
