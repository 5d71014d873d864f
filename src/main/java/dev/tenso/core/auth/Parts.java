package dev.tenso.core.auth;

import dev.tenso.core.directory.Users;
import dev.tenso.core.notify.Mailer;
import java.time.Clock;

/**
 * The pieces of sign-in, built once from the stores: the code verifiers and the lockout among
 * them. Package-private, like every piece, so that no adapter can check a code or clear a lock
 * except through {@link SignInUseCases} (and {@link SignInAccounts} for an administrator's reset).
 */
final class Parts {
  final Clock clock;
  final Sessions sessions;
  final Lockout lockout;
  final TotpService totp;
  final MailOtp mail;
  final TermsService terms;
  final Registration registration;
  final Enrolment enrolment;
  final CodeSignIn codes;
  final FirstFactor firstFactor;
  final RandomCodes random = RandomCodes.secure();

  Parts(Users users, AuthStores stores, Mailer mailer, AuthSettings settings, Clock clock) {
    this.clock = clock;
    this.sessions = new Sessions(stores.sessions(), settings, clock);
    this.lockout = new Lockout(stores.lockouts(), settings, clock);
    this.totp = new TotpService(stores.totpSecrets(), settings, clock);
    this.mail = new MailOtp(stores.mailCodes(), stores.hasher(), mailer, random, settings, clock);
    this.terms = new TermsService(stores.terms(), stores.termsAgreements(), clock);
    this.registration = new Registration(stores.registrations(), stores.hasher(), mailer, lockout,
        random, settings, clock);
    this.enrolment = new Enrolment(users, stores.registrations(), totp, mail, lockout, terms,
        settings, clock);
    this.codes = new CodeSignIn(totp, mail, lockout, sessions);
    this.firstFactor = new FirstFactor(users);
  }
}
