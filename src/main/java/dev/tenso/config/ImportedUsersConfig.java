package dev.tenso.config;

import dev.tenso.core.auth.RegistrationService;
import dev.tenso.core.auth.TermsService;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.importer.ImportedUser;
import dev.tenso.importer.ImportedUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Imported users meet sign-in: a migrated user ({@code registered: true}) becomes ACTIVE with
 * their TOTP secret stored sealed and the current terms recorded as agreed; an invited user
 * ({@code invite: true}) gets the registration mail once, when the import creates them. Called on
 * every load of the file, so each step is idempotent.
 */
@Configuration(proxyBeanMethods = false)
public class ImportedUsersConfig {
  private static final Logger LOG = LoggerFactory.getLogger(ImportedUsersConfig.class);

  @Bean
  ImportedUsers importedUsers(RegistrationService registration, TermsService terms) {
    return users -> {
      for (ImportedUser u : users) {
        if (u.registered()) {
          registration.importRegistered(u.user().id(), u.totpSecret().orElse(null));
          if (terms.needsAgreement(u.user().id())) {
            terms.agree(u.user().id(), terms.current().version());
          }
        } else if (u.invite() && u.created() && u.user().status() == UserStatus.PENDING) {
          registration.startRegistration(u.user());
          LOG.info("Registration mail sent to imported user {}", u.user().id());
        }
      }
    };
  }
}
