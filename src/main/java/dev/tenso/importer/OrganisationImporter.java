package dev.tenso.importer;

import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingRules;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an organisation file: parse and validate every row, compute the writes that change
 * something, apply them all or nothing, hand the users to the sign-in hook, and delete a file
 * that held TOTP secrets. A bad file throws {@link ImportFailedException} and writes nothing.
 */
public final class OrganisationImporter {
  private static final Logger LOG = LoggerFactory.getLogger(OrganisationImporter.class);
  private static final int TRIES = 5;
  private final OrganisationParser parser;
  private final ImportPlanner planner;
  private final ImportWriter writer;
  private final ImportedUsers hook;
  private final ImportErrorTexts texts;

  /** An importer whose failures list the codes only ({@code line N: path: CODE}). */
  public OrganisationImporter(Inventory inventory, ForwardingStore forwarding, Users users,
      UserGroups groups, ImportWriter writer, ImportedUsers hook, Clock clock) {
    this(inventory, forwarding, users, groups, writer, hook, clock, ImportErrorTexts.codesOnly());
  }

  /** An importer whose failures also say each error in words ({@code texts}). */
  public OrganisationImporter(Inventory inventory, ForwardingStore forwarding, Users users,
      UserGroups groups, ImportWriter writer, ImportedUsers hook, Clock clock,
      ImportErrorTexts texts) {
    // The same rules as every channel; loops are followed through the file's own rows first,
    // then through the numbers already stored.
    this.parser = new OrganisationParser((number, setting, inFile) -> ForwardingRules.validate(
        number, setting, ip -> inFile.apply(ip)
            .or(() -> inventory.number(ip).map(n -> forwarding.get(ip).value()))));
    this.planner = new ImportPlanner(inventory, forwarding, users, groups, clock);
    this.writer = writer;
    this.hook = hook;
    this.texts = texts;
  }

  /** Loads {@code classpath:...} or a file path. */
  public ImportReport load(String location) {
    ImportSource source = ImportSource.of(location);
    if (!source.exists()) {
      throw new ImportFailedException(source.location(),
          List.of(ImportError.of(0, "(file)", ImportReason.FILE_NOT_FOUND)), texts);
    }
    var result = parser.parse(() -> source.open(ImportLimits.DEFAULT));
    if (result.organisation().isEmpty()) {
      throw new ImportFailedException(source.location(), result.errors(), texts);
    }
    Organisation org = result.organisation().get();
    ImportPlanner.Plan plan = apply(org, source);
    hook.imported(plan.users());
    boolean deleted = false;
    if (org.hasTotpSecrets() && source.file().isPresent()) {
      try {
        deleted = Files.deleteIfExists(source.file().get());
        if (deleted) {
          LOG.warn("Deleted the import file {}: it held second-factor keys, now sealed in Redis",
              source);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("The import file " + source + " holds TOTP secrets and "
            + "could not be deleted; delete it by hand", e);
      }
    }
    var c = plan.changes();
    int rows = org.voiceGroups().size() + org.sites().size() + org.contracts().size()
        + org.numbers().size() + org.userGroups().size() + org.users().size();
    var report = new ImportReport(source.location(), rows, c.size(),
        (int) c.users().stream().filter(ChangeSet.UserChange::isNew).count(), c.forwarding().size(),
        deleted);
    LOG.info("{}", report);
    return report;
  }

  private ImportPlanner.Plan apply(Organisation org, ImportSource source) {
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      ImportPlanner.Plan plan = planner.plan(org);
      if (writer.apply(plan.changes())) {
        return plan;
      }
      LOG.info("The store changed while importing {}; computing the changes again", source);
    }
    throw new IllegalStateException("The store kept changing during the import of " + source
        + "; nothing was written, try again");
  }
}
