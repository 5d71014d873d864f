/**
 * Sign-in (§3, §4 of the domain), behind one door: {@link dev.tenso.core.auth.SignInUseCases}.
 * A channel identifies its identity by its first factor ({@link dev.tenso.core.auth.FirstFactorClaim}),
 * asks the next {@link dev.tenso.core.auth.SignInStep}, submits a
 * {@link dev.tenso.core.auth.SignInInput}, and runs a {@link dev.tenso.core.auth.PendingAction}
 * (kept in the session until the code is accepted, then run through its own use case, its
 * {@link dev.tenso.core.auth.ActionResult} handed back). Registration (code, 本人確認, second
 * factor, terms) and sign-in (code, newer terms) are steps of the same conversation.
 *
 * <p>Beside the door: {@link dev.tenso.core.auth.Sessions} (the application's
 * {@code FreshSession}) and {@link dev.tenso.core.auth.SignInAccounts} (registration mails,
 * second-factor resets and migrated users, for user administration and the import). Everything
 * else (TOTP and mail-code verifiers, registration codes, lockout, terms) is package-private: no
 * adapter can check a code or clear a lock (an ArchUnit test proves it). Ports: {@code AuthSessions},
 * {@code Registrations}, {@code TotpSecrets}, {@code MailCodes}, {@code Lockouts},
 * {@code TermsAgreements}, {@code TermsCatalog}, {@code CodeHasher}, handed over together as
 * {@link dev.tenso.core.auth.AuthStores}. Codes and secrets never appear in a {@code toString()}
 * or a message.
 */
package dev.tenso.core.auth;
