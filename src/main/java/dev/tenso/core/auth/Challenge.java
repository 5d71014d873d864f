package dev.tenso.core.auth;

import java.time.Instant;
import java.util.Objects;

/** What a channel asks the user for next: a second-factor code, or to set one up first. */
public sealed interface Challenge
    permits Challenge.TotpCode, Challenge.TotpSetup, Challenge.MailCodeSent {

  /** Enter the current code of your authenticator app. */
  record TotpCode() implements Challenge {}

  /**
   * Set up an authenticator app (scan the QR code or type the key), then enter one current code.
   *
   * @param uri the {@code otpauth://} URI
   * @param qrPng a PNG image of the URI as a QR code
   * @param key the secret as text (base32)
   */
  record TotpSetup(String uri, byte[] qrPng, String key) implements Challenge {
    public TotpSetup {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(qrPng, "qrPng");
      Objects.requireNonNull(key, "key");
      qrPng = qrPng.clone();
    }

    @Override
    public byte[] qrPng() {
      return qrPng.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TotpSetup t && t.uri.equals(uri);
    }

    @Override
    public int hashCode() {
      return uri.hashCode();
    }

    @Override
    public String toString() {
      return "TotpSetup[]";
    }
  }

  /** A code was mailed; it works until {@code expiresAt} for this challenge only. */
  record MailCodeSent(String challengeId, Instant expiresAt) implements Challenge {
    @Override
    public String toString() {
      return "MailCodeSent[expiresAt=" + expiresAt + "]";
    }
  }
}
