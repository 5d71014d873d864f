package dev.tenso.config;

import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.dialog.Catalogs;
import dev.tenso.dialog.ClasspathCatalogs;
import dev.tenso.importer.ImportErrorTexts;
import dev.tenso.importer.ImportWriter;
import dev.tenso.importer.ImportedUsers;
import dev.tenso.importer.OrganisationImporter;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The YAML import at start-up: {@code tenso.import.file} (or the {@code TENSO_IMPORT} variable),
 * {@code classpath:...} or a file path. A bad file stops the start with every error listed, each
 * in Japanese and English from {@code conversations/import.yaml} and {@code errors.yaml}.
 * Rows are checked by the core's own rules; imported users are handed to sign-in through the
 * {@link ImportedUsers} bean.
 */
@Configuration(proxyBeanMethods = false)
public class ImportConfig {
  private static final Logger LOG = LoggerFactory.getLogger(ImportConfig.class);

  /** Where to import from; empty: no import. */
  public record ImportSettings(String file) {
    public ImportSettings {
      file = file == null ? "" : file.strip();
    }

    /** {@code tenso.import.file}, else {@code TENSO_IMPORT}, both read from the Environment. */
    public static ImportSettings from(Environment env) {
      return new ImportSettings(env.getProperty("tenso.import.file", env.getProperty("TENSO_IMPORT", "")));
    }
  }

  @Bean
  ImportSettings importSettings(Environment env) {
    return ImportSettings.from(env);
  }

  @Bean
  OrganisationImporter organisationImporter(Inventory inventory, ForwardingStore forwarding,
      Users users, ImportWriter writer,
      ObjectProvider<ImportedUsers> hook, ObjectProvider<Clock> clock,
      ObjectProvider<Catalogs> catalogs) {
    return new OrganisationImporter(inventory, forwarding, users, writer,
        hook.getIfAvailable(() -> imported -> LOG.info(
            "{} users imported; no sign-in hook is wired, so registrations and invitations wait",
            imported.size())),
        clock.getIfAvailable(Clock::systemUTC),
        new ImportErrorTexts(catalogs.getIfAvailable(ClasspathCatalogs::load).chat()));
  }

  @Bean
  SmartInitializingSingleton startupImport(ImportSettings settings, OrganisationImporter importer) {
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
