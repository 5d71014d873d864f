package dev.tenso.config;

import dev.tenso.redis.KeySchema;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import java.time.Duration;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettucePoolingClientConfiguration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis: Lettuce that fails fast (commands rejected while disconnected, 2 s command and connect
 * timeouts), the embedded redis-server when no Redis is configured, a PING at start-up, a health
 * indicator that logs one line per outage; the adapters of the core's ports are in
 * {@link RedisStoresConfig}.
 */
@Configuration(proxyBeanMethods = false)
@Import(RedisStoresConfig.class)
public class RedisConfig {
  public static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(RedisConfig.class);

  /**
   * The Lettuce options tenso uses everywhere (also by tests that build their own factory). On a
   * cluster, the slot map is refreshed when a node answers MOVED or goes away (a failover) and
   * every 30 s.
   */
  public static ClientOptions.Builder clientOptions(ClientOptions.Builder b) {
    if (b instanceof ClusterClientOptions.Builder cluster) {
      cluster.topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
          .enableAllAdaptiveRefreshTriggers().enablePeriodicRefresh(Duration.ofSeconds(30))
          .build());
    }
    return b.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .autoReconnect(true)
        .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(TIMEOUT));
  }

  /**
   * A client configuration with those options, for factories built outside Boot (tests): like
   * the application's ({@code spring.data.redis.lettuce.pool}), commands share one connection and
   * a pipeline borrows one of its own from a pool instead of opening and closing one.
   */
  public static LettuceClientConfiguration clientConfiguration(ClientOptions options) {
    GenericObjectPoolConfig<StatefulConnection<?, ?>> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(32);
    pool.setMaxIdle(32);
    pool.setMaxWait(TIMEOUT);
    return LettucePoolingClientConfiguration.builder()
        .poolConfig(pool)
        .commandTimeout(TIMEOUT)
        .clientOptions(options)
        .build();
  }

  /** {@link #clientConfiguration(ClientOptions)} for one server. */
  public static LettuceClientConfiguration clientConfiguration() {
    return clientConfiguration(clientOptions(ClientOptions.builder()).build());
  }

  @Bean
  LettuceClientOptionsBuilderCustomizer tensoLettuceClientOptions() {
    return RedisConfig::clientOptions;
  }

  @Bean
  LettuceClientConfigurationBuilderCustomizer tensoLettuceCommandTimeout() {
    return b -> b.commandTimeout(TIMEOUT);
  }

  /**
   * Boot's template, but handing callbacks the connection itself: by default every script run
   * (an IVR step runs two) wrapped its connection in a new JDK proxy, a tenth of the step's time.
   * No callback of tenso closes its connection.
   */
  @Bean
  StringRedisTemplate stringRedisTemplate(RedisConnectionFactory factory) {
    StringRedisTemplate template = new StringRedisTemplate(factory);
    template.setExposeConnection(true);
    return template;
  }

  /** PING, then the key schema brought up to date (once), before any adapter reads a key. */
  @Bean
  RedisStartupCheck redisStartupCheck(RedisConnectionFactory factory,
      DataRedisConnectionDetails details, StringRedisTemplate redis) {
    RedisStartupCheck checked = RedisStartupCheck.ping(factory, details);
    int moved = KeySchema.migrate(redis);
    if (moved > 0) {
      LOG.info("Renamed {} Redis keys of a store written before hash tags to the cluster-ready "
          + "key schema (see the README's Redis key schema)", moved);
    }
    return checked;
  }

  /** Replaces Boot's Redis health indicator (same name), which logs a stack trace per probe. */
  @Bean
  HealthIndicator redisHealthContributor(RedisConnectionFactory factory, RedisStartupCheck checked) {
    return new RedisHealth(factory, checked.address());
  }

  static boolean hasText(Environment env, String property) {
    String v = env.getProperty(property);
    return v != null && !v.isBlank();
  }

  /** No Redis configured: start the embedded one and point Boot's Redis support at it. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(NoRedisConfigured.class)
  @EnableConfigurationProperties({TensoProperties.class, EmbeddedRedisProperties.class})
  static class Embedded {
    @Bean(destroyMethod = "stop")
    EmbeddedRedis embeddedRedis(TensoProperties tenso, EmbeddedRedisProperties redis) {
      return EmbeddedRedis.start(tenso.dataDir(), redis.embeddedPort());
    }

    @Bean
    DataRedisConnectionDetails redisConnectionDetails(EmbeddedRedis redis) {
      return new DataRedisConnectionDetails() {
        @Override
        public Standalone getStandalone() {
          return Standalone.of(EmbeddedRedis.HOST, redis.port());
        }
      };
    }
  }

  /**
   * True when no Redis is configured: none of {@code spring.data.redis.url}, {@code .host},
   * {@code .port}, {@code .sentinel.master}, {@code .cluster.nodes} and {@code REDIS_URL}.
   */
  static final class NoRedisConfigured implements Condition {
    private static final String[] SET_BY_USER = {"spring.data.redis.url",
        "spring.data.redis.host", "spring.data.redis.port", "spring.data.redis.sentinel.master",
        "spring.data.redis.cluster.nodes", "REDIS_URL"};

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment env = context.getEnvironment();
      for (String property : SET_BY_USER) {
        if (hasText(env, property)) {
          return false;
        }
      }
      return true;
    }
  }
}
