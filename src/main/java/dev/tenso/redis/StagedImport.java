package dev.tenso.redis;

import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.ChangeSet;
import dev.tenso.importer.ImportWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An import staged in Redis, in parts of about {@link #PART_SIZE} arguments under
 * {@code tenso:import:<id>:<n>}, which nothing but this class reads and which expire after
 * {@link #STAGED_FOR} unless committed. The commit is one script: it checks every part is there
 * and sets {@code tenso:import:committed}; from then on the import is switched in part by part,
 * each part by one script that deletes it (so none is applied twice), by this process or, if it
 * stops, by the next {@link #recover}. Each part's script runs in milliseconds, far inside the
 * client's 2 s command timeout, whatever the size of the import.
 */
final class StagedImport implements ImportWriter.Staging {
  static final int PART_SIZE = 20_000;
  static final Duration STAGED_FOR = Duration.ofHours(1);
  private final StringRedisTemplate redis;
  private final String id = UUID.randomUUID().toString();
  private ImportChunk part = new ImportChunk();
  private int parts;
  private boolean committed;

  StagedImport(StringRedisTemplate redis) {
    this.redis = redis;
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
    String marker = mark();
    return marker == null ? ImportWriter.Conflicts.NONE : switchIn(redis, id, parts, marker);
  }

  /**
   * The commit itself, before anything is switched in: flushes the last part and sets the
   * marker that makes the import complete one way or another.
   *
   * @return the marker, or null when nothing was staged
   */
  String mark() {
    flush();
    if (parts == 0) {
      return null;
    }
    List<String> keys = new ArrayList<>(List.of(Keys.IMPORT_COMMITTED));
    for (int n = 0; n < parts; n++) {
      keys.add(Keys.importPart(id, n));
    }
    String marker = id + " " + parts;
    Long r = RedisFailures.call(() -> redis.execute(Scripts.IMPORT_COMMIT, keys, marker));
    if (r != null && r == -1L) {
      recover(redis); // another import was committed and not switched in: finish it first
      r = RedisFailures.call(() -> redis.execute(Scripts.IMPORT_COMMIT, keys, marker));
    }
    if (r == null || r != 1L) {
      throw new IllegalStateException("The staged import could not be committed (a part expired "
          + "or another import is being switched in); nothing of it was written");
    }
    committed = true;
    return marker;
  }

  /** Switches in every part still staged, then clears the marker. */
  private static ImportWriter.Conflicts switchIn(StringRedisTemplate redis, String id, int parts,
      String marker) {
    Set<IpNumber> forwarding = new HashSet<>();
    Set<String> users = new HashSet<>();
    for (int n = 0; n < parts; n++) {
      String key = Keys.importPart(id, n);
      List<String> stored = RedisFailures.call(() -> redis.opsForList().range(key, 0, -1));
      if (stored == null || stored.isEmpty()) {
        continue; // switched in already
      }
      var part = ImportChunk.Decoded.of(stored);
      List<String> keys = new ArrayList<>(part.keys().size() + 1);
      keys.add(key);
      keys.addAll(part.keys());
      List<?> result = RedisFailures.call(
          () -> redis.execute(Scripts.IMPORT_APPLY, keys, part.args().toArray()));
      for (Object label : result.subList(1, result.size())) {
        String l = label.toString();
        if (l.startsWith(ImportRecords.FORWARDING)) {
          forwarding.add(new IpNumber(l.substring(ImportRecords.FORWARDING.length())));
        } else if (l.startsWith(ImportRecords.USER)) {
          users.add(l.substring(ImportRecords.USER.length()));
        }
      }
    }
    RedisFailures.call(() -> redis.execute(Scripts.DELETE_IF, List.of(Keys.IMPORT_COMMITTED),
        marker));
    return new ImportWriter.Conflicts(forwarding, users);
  }

  /**
   * Switches in the import {@code tenso:import:committed} names, if any. Its conflicts are
   * dropped: what was changed meanwhile stays, and loading the file again plans it anew.
   *
   * @return the number of parts that import had
   */
  static int recover(StringRedisTemplate redis) {
    String marker = RedisFailures.call(() -> redis.opsForValue().get(Keys.IMPORT_COMMITTED));
    if (marker == null) {
      return 0;
    }
    String[] idAndParts = marker.split(" ");
    int parts = Integer.parseInt(idAndParts[1]);
    switchIn(redis, idAndParts[0], parts, marker);
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
    } catch (RuntimeException e) {
      // best effort: the parts expire after STAGED_FOR
    }
  }
}
