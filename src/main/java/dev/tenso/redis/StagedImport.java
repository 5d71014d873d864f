package dev.tenso.redis;

import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.ChangeSet;
import dev.tenso.importer.ImportWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An import staged in Redis, in parts of about {@link #PART_SIZE} elements under
 * {@code tenso:import:{<id>}:<n>} (one hash slot per import), which nothing but this class reads
 * and which expire after {@link #STAGED_FOR} unless committed; the import's id is listed in
 * {@code tenso:imports} meanwhile. The commit is one script in the import's slot: it checks every
 * part is there, makes them permanent and sets the import's commit mark; from then on the import
 * is switched in part by part, by this process or, if it stops, by the next {@link #recover}.
 * Each record of a part is switched in by one script on the node of its slot (a cluster spreads
 * them), written at most once ({@link ImportChunk}); a part is deleted once all its records are
 * in. Each script runs in milliseconds, far inside the client's 2 s command timeout.
 */
final class StagedImport implements ImportWriter.Staging {
  static final int PART_SIZE = 20_000;
  static final Duration STAGED_FOR = Duration.ofHours(1);
  private final StringRedisTemplate redis;
  private final AuditFeed feed;
  private final String id = UUID.randomUUID().toString();
  private ImportChunk part = new ImportChunk();
  private int parts;
  private boolean committed;

  private final TrackedHashes tracked;

  StagedImport(StringRedisTemplate redis, AuditFeed feed, TrackedHashes tracked) {
    this.redis = redis;
    this.feed = feed;
    this.tracked = tracked;
  }

  @Override
  public void add(ChangeSet changes) {
    ImportRecords.add(changes, this::part);
  }

  /** The part to add the next record to: a new one once the current one is full. */
  private ImportChunk part() {
    if (part.size() >= PART_SIZE) {
      flush();
    }
    return part;
  }

  private void flush() {
    if (part.isEmpty()) {
      return;
    }
    if (parts == 0) {
      RedisFailures.run(() -> redis.opsForSet().add(Keys.IMPORTS, id));
    }
    String key = Keys.importPart(id, parts++);
    List<String> encoded = part.encoded();
    part = new ImportChunk();
    RedisFailures.run(() -> {
      redis.opsForList().rightPushAll(key, encoded);
      redis.expire(key, STAGED_FOR);
    });
  }

  @Override
  public ImportWriter.Conflicts commit() {
    if (!mark()) {
      return ImportWriter.Conflicts.NONE;
    }
    try {
      return switchIn(redis, feed, id, parts);
    } finally {
      tracked.forgetAll();
    }
  }

  /**
   * The commit itself, before anything is switched in: flushes the last part and sets the mark
   * that makes the import complete one way or another.
   *
   * @return false when nothing was staged
   */
  boolean mark() {
    flush();
    if (parts == 0) {
      return false;
    }
    List<String> keys = new ArrayList<>(List.of(Keys.importCommitted(id)));
    for (int n = 0; n < parts; n++) {
      keys.add(Keys.importPart(id, n));
    }
    Long r = RedisFailures.call(
        () -> redis.execute(Scripts.IMPORT_COMMIT, keys, Integer.toString(parts)));
    if (r == null || r != 1L) {
      throw new IllegalStateException("The staged import could not be committed (a part "
          + "expired); nothing of it was written");
    }
    committed = true;
    return true;
  }

  /** Switches in every part still staged, feeds the audit, then clears the mark. */
  private static ImportWriter.Conflicts switchIn(StringRedisTemplate redis, AuditFeed feed,
      String id, int parts) {
    Set<IpNumber> forwarding = new HashSet<>();
    Set<String> users = new HashSet<>();
    Set<String> origins = new LinkedHashSet<>();
    boolean inventory = false;
    boolean searched = false;
    for (int n = 0; n < parts; n++) {
      String key = Keys.importPart(id, n);
      List<String> stored = RedisFailures.call(() -> redis.opsForList().range(key, 0, -1));
      if (stored == null || stored.isEmpty()) {
        continue; // switched in already
      }
      List<Pipelines.Call> calls = new ArrayList<>();
      for (ImportChunk.Decoded record : ImportChunk.decode(stored)) {
        List<String> args = new ArrayList<>(record.args().size() + 1);
        args.add(feed.minId());
        args.addAll(record.args());
        calls.add(new Pipelines.Call(record.keys(), args));
        inventory |= record.keys().stream().anyMatch(StagedImport::contractOrSite);
        searched |= record.keys().stream().anyMatch(StagedImport::numberOrContract);
        origins.add(origin(record.args().get(0)));
      }
      for (Object result : Pipelines.scripts(redis, Scripts.IMPORT_APPLY, calls)) {
        List<?> r = (List<?>) result;
        if (r.size() > 1) {
          String label = Pipelines.text(r.get(1));
          if (label.startsWith(ImportRecords.FORWARDING)) {
            forwarding.add(new IpNumber(label.substring(ImportRecords.FORWARDING.length())));
          } else if (label.startsWith(ImportRecords.USER)) {
            users.add(label.substring(ImportRecords.USER.length()));
          }
        }
      }
      RedisFailures.run(() -> redis.delete(key));
    }
    origins.remove("");
    feed.feed(origins);
    if (inventory) { // what instances remember of contracts and sites is read anew
      RedisFailures.run(() -> redis.opsForHash().increment(Keys.INVENTORY_STATE, "version", 1));
    }
    if (searched) { // a number's voice group and site are its contract's
      NumberSearchIndex.build(redis);
    }
    RedisFailures.run(() -> {
      redis.delete(Keys.importCommitted(id));
      redis.opsForSet().remove(Keys.IMPORTS, id);
    });
    return new ImportWriter.Conflicts(forwarding, users);
  }

  private static boolean numberOrContract(String key) {
    return key.startsWith(Keys.PREFIX + "number:{") || key.startsWith(Keys.contract(""));
  }

  private static boolean contractOrSite(String key) {
    return key.startsWith(Keys.contract("")) || key.startsWith(Keys.site(""));
  }

  /** The audit stream a record's events go to, by its label; "" for a record without events. */
  private static String origin(String label) {
    if (label.startsWith(ImportRecords.FORWARDING)) {
      return Keys.numberAudit(label.substring(ImportRecords.FORWARDING.length()));
    }
    return label.startsWith(ImportRecords.USER) ? Keys.DIRECTORY_AUDIT : "";
  }

  /**
   * Switches in every import that was committed and not finished (listed in
   * {@code tenso:imports} with its commit mark); forgets the ones never committed (their parts
   * expire). Their conflicts are dropped: what was changed meanwhile stays, and loading the file
   * again plans it anew.
   *
   * @return the number of parts the finished imports had
   */
  static int recover(StringRedisTemplate redis, AuditFeed feed) {
    Set<String> ids = RedisFailures.call(() -> redis.opsForSet().members(Keys.IMPORTS));
    int parts = 0;
    for (String id : ids == null ? Set.<String>of() : ids) {
      String mark = RedisFailures.call(() -> redis.opsForValue().get(Keys.importCommitted(id)));
      if (mark == null) {
        if (!Boolean.TRUE.equals(RedisFailures.call(() -> redis.hasKey(Keys.importPart(id, 0))))) {
          RedisFailures.run(() -> redis.opsForSet().remove(Keys.IMPORTS, id)); // expired
        }
        continue; // staged, not committed: being written now, or left to expire
      }
      parts += Integer.parseInt(mark);
      switchIn(redis, feed, id, Integer.parseInt(mark));
    }
    return parts;
  }

  /** Drops the staged parts of an import that was not committed (they would expire anyway). */
  @Override
  public void close() {
    if (committed || parts == 0) {
      return;
    }
    List<String> keys = new ArrayList<>();
    for (int n = 0; n < parts; n++) {
      keys.add(Keys.importPart(id, n));
    }
    try {
      redis.delete(keys);
      redis.opsForSet().remove(Keys.IMPORTS, id);
    } catch (RuntimeException e) {
      // best effort: the parts expire after STAGED_FOR
    }
  }
}
