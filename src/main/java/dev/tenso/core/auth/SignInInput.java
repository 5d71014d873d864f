package dev.tenso.core.auth;

/** What a person answered to a {@link SignInStep}. Codes never appear in a {@code toString()}. */
public sealed interface SignInInput
    permits SignInInput.RegistrationCode, SignInInput.Identity, SignInInput.Code,
        SignInInput.AgreeTerms {

  /** The link token (Slack) or the 8-digit keypad code (phone) of the registration mail. */
  record RegistrationCode(String code) implements SignInInput {
    @Override
    public String toString() {
      return "RegistrationCode[]";
    }
  }

  /**
   * 本人確認 as typed; the fields the step did not ask may be null (the phone asks only the
   * phone number).
   */
  record Identity(String email, String name, String phone) implements SignInInput {
    @Override
    public String toString() {
      return "Identity[]";
    }
  }

  /** A 6-digit code: the authenticator app's, or the mailed one. */
  record Code(String code) implements SignInInput {
    @Override
    public String toString() {
      return "Code[]";
    }
  }

  /** 同意します, to this version of the terms (the one the step showed). */
  record AgreeTerms(String version) implements SignInInput {}
}
