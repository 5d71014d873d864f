package dev.tenso.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tenso.twilio.*} and {@code tenso.public-url}: the phone channel. It is on when an auth
 * token is set ({@code TWILIO_AUTH_TOKEN}); every request's {@code X-Twilio-Signature} is then
 * checked against {@code publicUrl} ({@code TENSO_PUBLIC_URL}, the base URL Twilio calls), never
 * against the URL seen behind a proxy.
 *
 * @param authToken the Twilio account's auth token (signs every webhook); blank: channel off
 * @param callStateTtl how long a call's IVR state is kept in Redis after its last step
 * @param maxRecordingSeconds the longest voicemail message recorded
 */
@ConfigurationProperties("tenso.twilio")
public record TwilioProperties(
    String authToken,
    @DefaultValue("2h") Duration callStateTtl,
    @DefaultValue("120") int maxRecordingSeconds) {

  public TwilioProperties {
    authToken = authToken == null ? "" : authToken.strip();
  }

  public boolean enabled() {
    return !authToken.isEmpty();
  }

  @Override
  public String toString() {
    return "TwilioProperties[authToken=" + (enabled() ? "(set)" : "(unset)") + ", callStateTtl="
        + callStateTtl + ", maxRecordingSeconds=" + maxRecordingSeconds + "]";
  }
}
