package dev.tenso.config;

import dev.tenso.core.auth.SignInAccounts;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.importer.ImportErrorTexts;
import dev.tenso.importer.ImportWriter;
import dev.tenso.importer.ImportedUsers;
import dev.tenso.importer.ImportedUsersSignIn;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.messages.Catalogs;
import dev.tenso.messages.ClasspathCatalogs;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The YAML import at start-up: {@code tenso.import.file} (or the {@code TENSO_IMPORT} variable),
 * {@code classpath:...} or a file path. A bad file stops the start with every error listed, each
 * in Japanese and English from {@code conversations/import.yaml} and {@code errors.yaml}.
 * Rows are checked by the core's own rules; imported users are handed to sign-in
 * ({@link ImportedUsersSignIn}) when it is wired.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
public class ImportConfig {
  private static final Logger LOG = LoggerFactory.getLogger(ImportConfig.class);

  @Bean
  OrganisationImporter organisationImporter(Inventory inventory, ForwardingStore forwarding,
      Users users, ImportWriter writer,
      ObjectProvider<SignInAccounts> signIn, ObjectProvider<Clock> clock,
      ObjectProvider<Catalogs> catalogs) {
    ImportedUsers hook = signIn.getIfAvailable() == null ? imported -> LOG.info(
        "{} users imported; sign-in is not wired, so registrations and invitations wait",
        imported.size()) : new ImportedUsersSignIn(signIn.getObject());
    return new OrganisationImporter(inventory, forwarding, users, writer, hook,
        clock.getIfAvailable(Clock::systemUTC),
        new ImportErrorTexts(catalogs.getIfAvailable(ClasspathCatalogs::load).chat()));
  }

  @Bean
  SmartInitializingSingleton startupImport(ImportProperties settings,
      OrganisationImporter importer) {
    return () -> {
      if (settings.file().isEmpty()) {
        LOG.info("No import file (set tenso.import.file or TENSO_IMPORT to load one)");
        importer.recover();
        return;
      }
      importer.load(settings.file());
    };
  }
}
