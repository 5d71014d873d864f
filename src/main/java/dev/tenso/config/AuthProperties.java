package dev.tenso.config;

import dev.tenso.core.auth.AuthSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tenso.auth.*}: the sign-in settings. Unset values take the defaults of
 * {@link AuthSettings#defaults()}. {@code secret-key} (base64, 256 bits) seals TOTP secrets and
 * keys the code hashes; unset, tenso makes one in {@code ${tenso.data-dir}/secret.key}.
 */
@ConfigurationProperties("tenso.auth")
public record AuthProperties(
    String secretKey,
    Duration registrationValidity,
    Duration mailCodeValidity,
    Integer mailCodeSendLimit,
    Duration mailCodeSendWindow,
    Integer maxFailures,
    Duration lockDuration,
    Duration idleTimeout,
    Duration absoluteLifetime,
    Boolean mailOtpEnabled) {

  public AuthSettings settings() {
    AuthSettings d = AuthSettings.defaults();
    return new AuthSettings(
        or(registrationValidity, d.registrationValidity()),
        or(mailCodeValidity, d.mailCodeValidity()),
        or(mailCodeSendLimit, d.mailCodeSendLimit()),
        or(mailCodeSendWindow, d.mailCodeSendWindow()),
        or(maxFailures, d.maxFailures()),
        or(lockDuration, d.lockDuration()),
        or(idleTimeout, d.idleTimeout()),
        or(absoluteLifetime, d.absoluteLifetime()),
        or(mailOtpEnabled, d.mailOtpEnabled()),
        d.issuer());
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }

  @Override
  public String toString() {
    return "AuthProperties[secretKey=" + (secretKey == null || secretKey.isBlank() ? "unset"
        : "set") + ", " + settings() + "]";
  }
}
