package dev.tenso.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A Twilio auth token without a usable public URL stops the start with what to set. */
public final class TwilioSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<TwilioSettingsException> {
  @Override
  protected FailureAnalysis analyze(Throwable root, TwilioSettingsException cause) {
    return new FailureAnalysis("tenso cannot start the phone channel: " + cause.getMessage(),
        "Set TENSO_PUBLIC_URL (tenso.public-url) to the base URL Twilio calls, such as "
            + "https://tenso.example.com (Twilio signs that exact URL), or unset "
            + "TWILIO_AUTH_TOKEN (tenso.twilio.auth-token) to run without the phone channel.",
        cause);
  }
}
