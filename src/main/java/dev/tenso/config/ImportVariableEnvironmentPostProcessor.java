package dev.tenso.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps the {@code TENSO_IMPORT} variable (as the Environment sees it) to
 * {@code tenso.import.file} when that is not set, so both spellings reach
 * {@link ImportProperties}; the property wins over the variable.
 */
public final class ImportVariableEnvironmentPostProcessor implements EnvironmentPostProcessor {
  static final String SOURCE = "tensoImportVariable";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    String file = env.getProperty("TENSO_IMPORT");
    if (file != null && !file.isBlank() && !RedisConfig.hasText(env, "tenso.import.file")) {
      env.getPropertySources()
          .addLast(new MapPropertySource(SOURCE, Map.of("tenso.import.file", file.strip())));
    }
  }
}
