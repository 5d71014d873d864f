package dev.tenso.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps the {@code REDIS_URL} variable (as the Environment sees it) to {@code spring.data.redis.url}
 * when neither {@code spring.data.redis.url} nor {@code spring.data.redis.host} is set, so Boot's
 * own Redis configuration (credentials, {@code rediss://}) applies to it.
 */
public final class RedisUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {
  static final String SOURCE = "tensoRedisUrl";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    String url = env.getProperty("REDIS_URL");
    if (url != null && !url.isBlank() && !RedisConfig.hasText(env, "spring.data.redis.url")
        && !RedisConfig.hasText(env, "spring.data.redis.host")) {
      env.getPropertySources()
          .addLast(new MapPropertySource(SOURCE, Map.of("spring.data.redis.url", url.strip())));
    }
  }
}
