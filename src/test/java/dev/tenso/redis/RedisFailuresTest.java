package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.TestRedis;
import io.lettuce.core.RedisCommandExecutionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One translator of Redis errors, on real servers: what a server answers while it cannot serve
 * (a replica refusing writes, a replica whose primary is gone) is "temporarily unavailable";
 * a wrong command is a bug and stays one.
 */
class RedisFailuresTest {
  private static final IpNumber N = new IpNumber("05011110001");
  private static final ForwardingSetting ON =
      ForwardingSetting.initial().withEnabled(true).withSlot(1, "090-1234-5678");

  @Test
  void aReplicaRefusingWritesIsTemporarilyUnavailableAndWritesNothing() {
    try (var primary = new Fixtures.Private(); var replica = new Fixtures.Private()) {
      replicaOf(replica.redis, primary.server.port());
      var store = new RedisForwardingStore(replica.redis, AuditFeeds.of(replica.redis));
      assertThatThrownBy(() -> store.compareAndSet(N, 0, ON, Fixtures.RING,
          Fixtures.change("import", N, ForwardingSetting.initial(), ON)))
          .isInstanceOf(StoreUnavailableException.class)
          .hasStackTraceContaining("READONLY");
      rootMessage(replica.redis, "READONLY");
      assertThatThrownBy(() -> new RedisUserGroups(replica.redis)
          .save(new UserGroup("東京営業", java.util.Set.of(), java.util.Set.of())))
          .isInstanceOf(StoreUnavailableException.class);
      assertThat(store.get(N).version()).isZero(); // reads still served, nothing written
    }
  }

  @Test
  void aReplicaWithoutItsPrimaryIsTemporarilyUnavailable() {
    try (var replica = new Fixtures.Private()) {
      replica.redis.execute(c -> {
        c.serverCommands().setConfig("replica-serve-stale-data", "no");
        return null;
      }, true);
      replicaOf(replica.redis, TestRedis.freePort()); // a primary that does not answer
      assertThatThrownBy(() -> new RedisForwardingStore(replica.redis, AuditFeeds.of(replica.redis)).get(N))
          .isInstanceOf(StoreUnavailableException.class)
          .hasStackTraceContaining("MASTERDOWN");
    }
  }

  @Test
  void aWrongTypeIsABugNotAnOutage() {
    try (var own = new Fixtures.Private()) {
      own.redis.opsForValue().set(Keys.forwarding(N.digits()), "not a hash");
      assertThatThrownBy(() -> new RedisForwardingStore(own.redis, AuditFeeds.of(own.redis)).get(N))
          .isNotInstanceOf(StoreUnavailableException.class)
          .hasStackTraceContaining("WRONGTYPE");
    }
  }

  @Test
  void theRepliesOfAServerThatCannotServeNowAreTold() {
    for (String reply : List.of("LOADING Redis is loading the dataset in memory",
        "READONLY You can't write against a read only replica.",
        "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
        "CLUSTERDOWN The cluster is down", "TRYAGAIN Multiple keys request during rehashing",
        "ERR Error running script (call to f_1): @user_script:1: @user_script: 1: "
            + "-READONLY You can't write against a read only replica. ")) {
      assertThat(RedisFailures.isOutage(new RedisCommandExecutionException(reply))).as(reply)
          .isTrue();
    }
    for (String reply : List.of("WRONGTYPE Operation against a key holding the wrong kind",
        "ERR unknown command", "NOSCRIPT No matching script", "CROSSSLOT Keys in request "
            + "don't hash to the same slot")) {
      assertThat(RedisFailures.isOutage(new RedisCommandExecutionException(reply))).as(reply)
          .isFalse();
    }
  }

  /** REPLICAOF 127.0.0.1 {@code port}. */
  static void replicaOf(StringRedisTemplate redis, int port) {
    redis.execute(c -> {
      c.serverCommands().replicaOf("127.0.0.1", port);
      return null;
    }, true);
  }

  /** A plain write to this replica is refused with {@code code}. */
  private static void rootMessage(StringRedisTemplate redis, String code) {
    try {
      redis.opsForValue().set("probe", "1");
      throw new AssertionError("the replica took a write");
    } catch (RuntimeException e) {
      Throwable c = e;
      while (c.getCause() != null) {
        c = c.getCause();
      }
      assertThat(c.getMessage()).startsWith(code);

    }
  }
}
