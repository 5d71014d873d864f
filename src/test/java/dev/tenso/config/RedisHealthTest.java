package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.Eventually;
import dev.tenso.testsupport.LogCapture;
import dev.tenso.testsupport.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** Redis health on a real redis-server that stops and starts again. */
class RedisHealthTest {
  @Test
  void anOutageIsOneLogLineWhateverTheProbesAndItsEndAnother() {
    try (TestRedis redis = TestRedis.start(); LogCapture log = new LogCapture(RedisHealth.class)) {
      var factory = new LettuceConnectionFactory(
          new RedisStandaloneConfiguration("127.0.0.1", redis.port()), RedisConfig.clientConfiguration());
      factory.afterPropertiesSet();
      factory.start();
      var health = new RedisHealth(factory, "127.0.0.1:" + redis.port());
      try {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsKey("version");

        redis.stop();
        for (int probe = 0; probe < 5; probe++) {
          var down = health.health();
          assertThat(down.getStatus()).isEqualTo(Status.DOWN);
          assertThat(down.getDetails()).containsKey("error");
        }
        redis.restart();
        Eventually.until("health is UP again", Duration.ofSeconds(60),
            () -> health.health().getStatus().equals(Status.UP));
      } finally {
        factory.destroy();
      }
      assertThat(log.lines()).hasSize(2);
      assertThat(log.lines().get(0)).startsWith("Redis at 127.0.0.1:" + redis.port() + " does not answer (");
      assertThat(log.lines().get(1)).contains("answers again");
      assertThat(log.withStackTrace()).isZero();
    }
  }
}
