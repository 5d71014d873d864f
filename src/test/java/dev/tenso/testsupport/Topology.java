package dev.tenso.testsupport;

import dev.tenso.config.RedisConfig;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis shapes the adapter tests run against (a {@code @ParameterizedClass} over this enum):
 * one server ({@link TestRedis#shared()}) and a three-primary cluster ({@link TestCluster}), each
 * started once per test JVM, with tenso's fail-fast client options.
 */
public enum Topology {
  SINGLE {
    @Override
    public synchronized StringRedisTemplate template() {
      if (single == null) {
        var f = new LettuceConnectionFactory(
            new RedisStandaloneConfiguration("127.0.0.1", TestRedis.shared().port()),
            RedisConfig.clientConfiguration());
        f.afterPropertiesSet();
        f.start();
        single = new StringRedisTemplate(f);
        single.afterPropertiesSet();
      }
      return single;
    }
  },
  CLUSTER {
    @Override
    public StringRedisTemplate template() {
      return TestCluster.shared().template();
    }
  };

  private static StringRedisTemplate single;

  /** A template on this shape's shared servers. */
  public abstract StringRedisTemplate template();
}
