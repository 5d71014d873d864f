package dev.tenso.importer;

import dev.tenso.core.auth.SignInAccounts;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imported users meet sign-in: a migrated user ({@code registered: true}) becomes ACTIVE with
 * their TOTP secret stored sealed and the current terms agreed; an invited user
 * ({@code invite: true}) gets the registration mail once, when the import adds them. Every
 * refusal is logged with the user's id and the error codes (never a secret): the import itself
 * is stored, and an administrator can resend a registration.
 */
public final class ImportedUsersSignIn implements ImportedUsers {
  private static final Logger LOG = LoggerFactory.getLogger(ImportedUsersSignIn.class);
  private final SignInAccounts signIn;

  public ImportedUsersSignIn(SignInAccounts signIn) {
    this.signIn = signIn;
  }

  @Override
  public void imported(List<ImportedUser> users) {
    for (ImportedUser u : users) {
      if (u.registered()) {
        Outcome<User> active = signIn.importRegistered(u.user().id(), u.totpSecret().orElse(null));
        if (!active.isOk()) {
          LOG.warn("Imported user {} is registered in the file but was not activated: {}",
              u.user().id(), codes(active));
        }
      } else if (u.invite()) {
        Outcome<Optional<Instant>> sent = signIn.invite(u.user(), u.created());
        if (!sent.isOk()) {
          LOG.warn("The registration mail to imported user {} was not sent ({}); an "
              + "administrator can resend it", u.user().id(), codes(sent));
        } else if (sent.orElseThrow().isPresent()) {
          LOG.info("Registration mail sent to imported user {}", u.user().id());
        }
      }
    }
  }

  private static List<String> codes(Outcome<?> o) {
    return o.violations().stream().map(Violation::code).map(Enum::name).toList();
  }
}
