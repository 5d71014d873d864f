package dev.tenso.config;

import dev.tenso.messages.Catalogs;
import dev.tenso.messages.ClasspathCatalogs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message catalogs, loaded once from {@code conversations/} and {@code ivr-scripts/}. */
@Configuration(proxyBeanMethods = false)
public class MessagesConfig {
  @Bean
  Catalogs catalogs() {
    return ClasspathCatalogs.load();
  }
}
