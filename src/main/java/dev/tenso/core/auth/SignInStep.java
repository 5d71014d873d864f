package dev.tenso.core.auth;

import dev.tenso.core.common.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a channel shows or asks next for one channel identity. Every answer of
 * {@link SignInUseCases} carries one; the channel renders it and sends back the matching
 * {@link SignInInput}. None of them tells an unknown identity from a disabled user.
 */
public sealed interface SignInStep
    permits SignInStep.SignedIn, SignInStep.Identified, SignInStep.RegistrationCode, SignInStep.IdentityCheck,
        SignInStep.TotpSetup, SignInStep.MailCodeSent, SignInStep.TotpCode,
        SignInStep.TermsToAgree, SignInStep.Locked, SignInStep.Refused {

  /**
   * Nothing to ask: the session is fresh. {@code result} is what the pending action (or the
   * action just asked for) gave when it ran on this answer, rendered as if it had run directly.
   */
  record SignedIn(Optional<ActionResult> result) implements SignInStep {
    public SignedIn {
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * Known, with no fresh session and nothing asked yet: {@link SignInUseCases#identify} answers
   * this instead of starting a sign-in (which may mail a code). Ask {@link SignInUseCases#next}
   * for the step, or {@link SignInUseCases#run} an action.
   */
  record Identified() implements SignInStep {}

  /**
   * A PENDING user: the registration code from the registration mail (Slack: the link token,
   * {@code /forward register <token>}; phone: the 8-digit keypad code). Answer with
   * {@link SignInInput.RegistrationCode}.
   */
  record RegistrationCode() implements SignInStep {}

  /**
   * 本人確認: the fields to ask, each as registered ({@code email}, {@code name}, {@code phone} in
   * a chat; {@code phone} alone on a keypad). Answer with {@link SignInInput.Identity}.
   */
  record IdentityCheck(List<String> fields) implements SignInStep {
    public IdentityCheck {
      fields = List.copyOf(fields);
    }
  }

  /**
   * Set up an authenticator app (scan the QR code or type the key), then answer with one current
   * code ({@link SignInInput.Code}).
   *
   * @param uri the {@code otpauth://} URI
   * @param qrPng a PNG image of the URI as a QR code
   * @param key the secret as text (base32)
   */
  record TotpSetup(String uri, byte[] qrPng, String key) implements SignInStep {
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

    /** Never prints the key. */
    @Override
    public String toString() {
      return "TotpSetup[]";
    }
  }

  /**
   * A code was mailed to the login email; it works until {@code expiresAt}. Answer with
   * {@link SignInInput.Code}.
   *
   * @param setup true while registering (the mail code becomes the second factor), false when
   *     signing in
   */
  record MailCodeSent(Instant expiresAt, boolean setup) implements SignInStep {}

  /** The current code of the authenticator app. Answer with {@link SignInInput.Code}. */
  record TotpCode() implements SignInStep {}

  /**
   * カスタマーポータル個人情報保護規約, in the user's language: agree ({@link SignInInput.AgreeTerms})
   * before anything else.
   */
  record TermsToAgree(String version, String text) implements SignInStep {}

  /** Too many failed codes, across all channels: nothing is accepted before {@code until}. */
  record Locked(Instant until) implements SignInStep {}

  /**
   * Nothing this identity can do here now, and why: IDENTITY_UNKNOWN (nobody, or a disabled
   * user), REGISTRATION_NOT_OPEN, TOTP_SETUP_NOT_ON_PHONE, SECOND_FACTOR_NOT_ALLOWED,
   * TOO_MANY_CODES_SENT, TEMPORARILY_UNAVAILABLE.
   */
  record Refused(List<Violation> why) implements SignInStep {
    public Refused {
      why = List.copyOf(why);
    }
  }
}
