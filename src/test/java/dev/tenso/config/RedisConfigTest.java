package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.ImportWriter;
import dev.tenso.testsupport.TestRedis;
import io.lettuce.core.ClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application context with a configured Redis: adapters, fail-fast client, health. */
@SpringBootTest
class RedisConfigTest {
  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.url", () -> TestRedis.shared().url());
  }

  @Autowired ApplicationContext context;

  @Test
  void theAdaptersComeUpOnTheConfiguredRedisAndNoEmbeddedOneStarts() {
    assertThat(context.getBeansOfType(EmbeddedRedis.class)).isEmpty();
    for (Class<?> port : new Class<?>[] {Inventory.class, ForwardingStore.class, AuditLog.class,
        Users.class, UserGroups.class, ImportWriter.class}) {
      assertThat(context.getBean(port)).as(port.getSimpleName()).isNotNull();
    }
    assertThat(context.getBean(RedisStartupCheck.class).address())
        .isEqualTo("127.0.0.1:" + TestRedis.shared().port());
    assertThat(context.getBean(ForwardingStore.class).get(new IpNumber("05099990000")).version())
        .isZero();
  }

  @Test
  void lettuceRejectsCommandsWhileDisconnectedAndTimesOutInTwoSeconds() {
    var config = context.getBean(LettuceConnectionFactory.class).getClientConfiguration();
    assertThat(config.getCommandTimeout()).isEqualTo(Duration.ofSeconds(2));
    ClientOptions options = config.getClientOptions().orElseThrow();
    assertThat(options.getDisconnectedBehavior())
        .isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    assertThat(options.isAutoReconnect()).isTrue();
    assertThat(options.getSocketOptions().getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void actuatorHealthIncludesRedis() {
    var redis = context.getBean("redisHealthContributor", HealthIndicator.class);
    assertThat(redis).isInstanceOf(RedisHealth.class);
    assertThat(redis.health().getStatus()).isEqualTo(Status.UP);
  }
}
