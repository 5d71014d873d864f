package dev.tenso.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tenso.import.*}: the YAML file imported at start-up ({@code classpath:...} or a path);
 * the {@code TENSO_IMPORT} variable sets it too ({@link ImportVariableEnvironmentPostProcessor}).
 *
 * @param file the file; blank: no import
 */
@ConfigurationProperties("tenso.import")
public record ImportProperties(String file) {
  public ImportProperties {
    file = file == null ? "" : file.strip();
  }
}
