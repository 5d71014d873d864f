package dev.tenso.config;

import dev.tenso.dialog.Catalogs;
import dev.tenso.dialog.ClasspathCatalogs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message catalogs, loaded once from {@code conversations/} and {@code ivr-scripts/}. */
@Configuration(proxyBeanMethods = false)
public class DialogConfig {
  @Bean
  Catalogs catalogs() {
    return ClasspathCatalogs.load();
  }
}
