package dev.tenso.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tenso.public-url} ({@code TENSO_PUBLIC_URL}): the base URL at which Twilio (and later
 * others) reach tenso, such as {@code https://tenso.example.com}. Webhook signatures are checked
 * against it.
 */
@ConfigurationProperties("tenso")
public record PublicUrlProperties(String publicUrl) {
  public PublicUrlProperties {
    publicUrl = publicUrl == null ? "" : publicUrl.strip();
    while (publicUrl.endsWith("/")) {
      publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
    }
  }
}
