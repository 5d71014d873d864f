/**
 * Sign-in (§3, §4 of the domain): registration codes, identity confirmation, TOTP with a replay
 * guard, mail codes, lockout, terms, sessions. Channel-neutral: channels only ask and render.
 *
 * <p>Use cases: {@link dev.tenso.core.auth.RegistrationService} (registration code, identity
 * confirmation, import of registered users), {@link dev.tenso.core.auth.EnrolmentService}
 * (second factor, then terms, then ACTIVE), {@link dev.tenso.core.auth.SignIn} (begin: a
 * {@link dev.tenso.core.auth.Challenge}; submit: the session and the pending action),
 * {@link dev.tenso.core.auth.AuthAdmin} (reset a second factor, resend a registration) and
 * {@link dev.tenso.core.auth.Sessions} (the {@link dev.tenso.core.common.FreshSession} every
 * sensitive use case asks). Ports: {@code Registrations}, {@code TotpSecrets}, {@code MailCodes},
 * {@code Lockouts}, {@code TermsAgreements}, {@code AuthSessions}, {@code TermsCatalog},
 * {@code CodeHasher}. Codes and secrets never appear in a {@code toString()} or a message.
 */
package dev.tenso.core.auth;
