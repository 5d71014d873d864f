package dev.tenso.importer;

import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingRules;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an organisation file: stream, parse and validate every row, then stage the writes that
 * change something in chunks and switch them in together (all or nothing, whatever the size of
 * the file), hand the users to the sign-in hook, and delete a file that held TOTP secrets. A bad
 * file throws {@link ImportFailedException} and writes nothing.
 */
public final class OrganisationImporter {
  private static final Logger LOG = LoggerFactory.getLogger(OrganisationImporter.class);
  private static final int TRIES = 5;
  private final Inventory inventory;
  private final OrganisationParser parser;
  private final ImportPlanner planner;
  private final ImportWriter writer;
  private final ImportedUsers hook;
  private final ImportErrorTexts texts;
  private final ImportLimits limits;

  /** An importer whose failures list the codes only ({@code line N: path: CODE}). */
  public OrganisationImporter(Inventory inventory, ForwardingStore forwarding, Users users,
      ImportWriter writer, ImportedUsers hook, Clock clock) {
    this(inventory, forwarding, users, writer, hook, clock, ImportErrorTexts.codesOnly());
  }

  /** An importer whose failures also say each error in words ({@code texts}). */
  public OrganisationImporter(Inventory inventory, ForwardingStore forwarding, Users users,
      ImportWriter writer, ImportedUsers hook, Clock clock, ImportErrorTexts texts) {
    this(inventory, forwarding, users, writer, hook, clock, texts, ImportLimits.DEFAULT);
  }

  OrganisationImporter(Inventory inventory, ForwardingStore forwarding, Users users,
      ImportWriter writer, ImportedUsers hook, Clock clock, ImportErrorTexts texts,
      ImportLimits limits) {
    // The same rules as every channel; loops are followed through the file's own rows first,
    // then through the numbers already stored.
    this.parser = new OrganisationParser((number, setting, inFile) -> ForwardingRules.validate(
        number, setting, ip -> inFile.apply(ip)
            .or(() -> inventory.number(ip).map(n -> forwarding.get(ip).value()))), limits);
    this.planner = new ImportPlanner(writer, users::nextId, clock);
    this.inventory = inventory;
    this.writer = writer;
    this.hook = hook;
    this.texts = texts;
    this.limits = limits;
  }

  /**
   * Switches in the rest of an import that a stopped tenso had committed, so the store holds all
   * of it; {@link #load} does this first. Call it at start-up when no file is loaded.
   */
  public void recover() {
    int parts = writer.recover();
    if (parts > 0) {
      LOG.warn("Finished an import a stopped tenso had committed: {} staged parts switched in",
          parts);
    }
  }

  /** Loads {@code classpath:...} or a file path. */
  public ImportReport load(String location) {
    recover();
    ImportSource source = ImportSource.of(location);
    if (!source.exists()) {
      throw new ImportFailedException(source.location(),
          List.of(ImportError.of(0, "(file)", ImportReason.FILE_NOT_FOUND)), texts);
    }
    var result = parser.parse(() -> source.open(limits));
    if (result.organisation().isEmpty()) {
      throw new ImportFailedException(source.location(), result.errors(), texts);
    }
    Organisation org = result.organisation().get();
    ImportPlanner.Tally tally = apply(org, source);
    handOver(org, tally.created);
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
    var report = new ImportReport(source.location(), org.rows(), tally.written,
        tally.created.size(), tally.forwardingChanged, deleted);
    LOG.info("{}", report);
    return report;
  }

  /**
   * Stages and switches in every change; then the rows a concurrent change beat are planned
   * again from what is stored now, a bounded number of times.
   */
  private ImportPlanner.Tally apply(Organisation org, ImportSource source) {
    ImportPlanner.Tally first = null;
    Organisation rows = org;
    ImportRoutes routes = new ImportRoutes(org, inventory);
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      ImportWriter.Conflicts conflicts;
      try (ImportWriter.Staging staging = writer.stage()) {
        ImportPlanner.Tally tally = planner.stage(rows, staging, routes);
        if (first == null) {
          first = tally;
        } else {
          first.created.removeAll(rows.wanted().userEmailKeys());
          first.created.addAll(tally.created);
        }
        conflicts = tally.isEmpty() ? ImportWriter.Conflicts.NONE : staging.commit();
      }
      if (conflicts.isEmpty()) {
        return first;
      }
      LOG.info("The store changed while importing {}: planning {} rows again", source,
          conflicts.forwarding().size() + conflicts.userEmailKeys().size());
      rows = org.only(conflicts);
    }
    throw new IllegalStateException("The store kept changing during the import of " + source
        + "; rows changed meanwhile by others were left as they were: load the file again");
  }

  /** Every user row, as now stored, to the sign-in hook, a chunk at a time. */
  private void handOver(Organisation org, Set<String> created) {
    for (Organisation part : new Organisation(List.of(), List.of(), List.of(), List.of(),
        List.of(), org.users()).parts(ImportPlanner.CHUNK)) {
      var stored = writer.read(part.wanted()).users();
      List<ImportedUser> users = new ArrayList<>();
      for (UserRow row : part.users()) {
        String key = row.email().key();
        Optional.ofNullable(stored.get(key)).ifPresent(u -> users.add(new ImportedUser(u,
            created.contains(key), row.registered(), Optional.ofNullable(row.totpSecret()),
            row.invite())));
      }
      hook.imported(users);
    }
  }
}
