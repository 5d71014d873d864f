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

/** With Redis down, the sign-in stores answer StoreUnavailableException, not a Spring error. */
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
}
