package dev.tenso.redis.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.common.UserId;
import dev.tenso.testsupport.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The sign-in stores share the adapters' one translator of Redis errors: down or read-only is
 * StoreUnavailableException; a wrong command stays a bug.
 */
class RedisOutageTest {
  @Test
  void aStoppedServerIsStoreUnavailable() {
    try (TestRedis own = TestRedis.start()) {
      var factory = own.newConnectionFactory(Duration.ofMillis(500));
      var redis = new StringRedisTemplate(factory);
      redis.afterPropertiesSet();
      own.stop();
      UserId u = new UserId("outage");
      assertThatThrownBy(() -> new RedisLockouts(redis).addFailure(u))
          .isInstanceOf(StoreUnavailableException.class);
      assertThatThrownBy(() -> new RedisAuthSessions(redis)
          .find(ChannelIdentity.of(Channel.SLACK, "U1")))
          .isInstanceOf(StoreUnavailableException.class);
      factory.destroy();
    }
  }

  @Test
  void aReadOnlyReplicaIsStoreUnavailableAndAWrongTypeABug() {
    try (TestRedis primary = TestRedis.start(); TestRedis replica = TestRedis.start()) {
      var redis = replica.template();
      redis.execute(c -> {
        c.serverCommands().replicaOf("127.0.0.1", primary.port());
        return null;
      }, true);
      UserId u = new UserId("readonly");
      assertThatThrownBy(() -> new RedisLockouts(redis).addFailure(u))
          .isInstanceOf(StoreUnavailableException.class);
      assertThatThrownBy(() -> new RedisLockouts(redis).lock(u, java.time.Instant.now(),
          Duration.ofMinutes(1))).isInstanceOf(StoreUnavailableException.class);

      var own = primary.template();
      own.opsForHash().put(RedisLockouts.lockKey(u), "not", "a string");
      assertThatThrownBy(() -> new RedisLockouts(own).lockedUntil(u))
          .isNotInstanceOf(StoreUnavailableException.class)
          .hasStackTraceContaining("WRONGTYPE");
    }
  }
}
