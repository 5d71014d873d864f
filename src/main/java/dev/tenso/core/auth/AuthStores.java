package dev.tenso.core.auth;

import java.util.Objects;

/**
 * The ports sign-in keeps its state in (the Redis adapters implement them), handed over as one,
 * so the door and {@link SignInAccounts} are built from the same stores.
 */
public record AuthStores(
    AuthSessions sessions,
    Registrations registrations,
    TotpSecrets totpSecrets,
    MailCodes mailCodes,
    Lockouts lockouts,
    TermsAgreements termsAgreements,
    TermsCatalog terms,
    CodeHasher hasher) {
  public AuthStores {
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(registrations, "registrations");
    Objects.requireNonNull(totpSecrets, "totpSecrets");
    Objects.requireNonNull(mailCodes, "mailCodes");
    Objects.requireNonNull(lockouts, "lockouts");
    Objects.requireNonNull(termsAgreements, "termsAgreements");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(hasher, "hasher");
  }
}
