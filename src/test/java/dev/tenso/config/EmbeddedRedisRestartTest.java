package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.Eventually;
import dev.tenso.testsupport.LogCapture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The embedded redis-server killed under a running tenso comes back by itself, with its data. */
class EmbeddedRedisRestartTest {
  @TempDir Path dir;

  @Test
  void aKilledRedisIsStartedAgainOnItsFolderAndHealthIsUpAgainWithoutRestartingTenso() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withUserConfiguration(RedisConfig.class)
        .withPropertyValues("tenso.data-dir=" + dir, "tenso.redis.embedded-port=0")
        .run(ctx -> {
          EmbeddedRedis redis = ctx.getBean(EmbeddedRedis.class);
          StringRedisTemplate template = ctx.getBean(StringRedisTemplate.class);
          HealthIndicator health = ctx.getBean("redisHealthContributor", HealthIndicator.class);
          template.opsForValue().set("tenso:test:survives", "yes");
          int port = redis.port();
          long killed = redis.pid();

          try (LogCapture supervisor = new LogCapture(RedisSupervisor.class);
              LogCapture healthLog = new LogCapture(RedisHealth.class)) {
            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9

            Eventually.until("a new redis-server runs", Duration.ofSeconds(60),
                () -> redis.pid() != killed && redis.isActive());
            Eventually.until("health is UP", Duration.ofSeconds(60),
                () -> health.health().getStatus().equals(Status.UP));
            assertThat(supervisor.all()).contains("ended unexpectedly", "runs again");
            assertThat(healthLog.withStackTrace()).isZero();
          }
          assertThat(redis.port()).isEqualTo(port);
          assertThat(template.opsForValue().get("tenso:test:survives")).isEqualTo("yes");
        });
  }
}
