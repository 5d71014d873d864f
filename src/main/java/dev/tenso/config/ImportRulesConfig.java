package dev.tenso.config;

import dev.tenso.core.auth.RegistrationService;
import dev.tenso.core.auth.TermsService;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.forwarding.ForwardingRules;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.importer.ForwardingCheck;
import dev.tenso.importer.ImportedUser;
import dev.tenso.importer.ImportedUsers;
import dev.tenso.importer.UserCheck;
import dev.tenso.core.directory.UserStatus;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import answers to the same rules as every channel: forwarding rows are checked by the
 * core's {@link ForwardingRules}, user rows by the core's {@link UserForm}; imported users are
 * handed to sign-in (migrated users become ACTIVE with their TOTP secret and the current terms
 * agreed; invited users get the registration mail once, when created).
 */
@Configuration(proxyBeanMethods = false)
public class ImportRulesConfig {
  private static final Logger LOG = LoggerFactory.getLogger(ImportRulesConfig.class);

  @Bean
  ForwardingCheck forwardingCheck(Inventory inventory, ForwardingStore store) {
    return (number, setting) -> ForwardingRules.validate(number, setting,
        ip -> inventory.number(ip).map(n -> store.get(ip).value()));
  }

  @Bean
  UserCheck userCheck() {
    // Group references and numbers are checked by the importer against the file itself.
    return f -> new UserForm(f.name(), f.email(), f.phone(), f.mobile(), f.language(),
        f.secondFactor(), f.role(), f.title(), f.timezone(), f.groups(), List.of(), f.comment(),
        f.lineNotification()).validate(Set.copyOf(f.groups())).violations();
  }

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
