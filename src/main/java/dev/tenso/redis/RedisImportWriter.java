package dev.tenso.redis;

import dev.tenso.core.directory.User;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.ImportWriter;
import dev.tenso.importer.StoredRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The import's side of Redis: reads a chunk of rows in two pipelined round trips, and stages an
 * import under its own keys before switching it in ({@link StagedImport}), so that an import of
 * any size is all or nothing without one long transaction.
 */
public final class RedisImportWriter implements ImportWriter {
  private final StringRedisTemplate redis;
  private final AuditFeed feed;
  private final TrackedHashes tracked;

  public RedisImportWriter(StringRedisTemplate redis, AuditFeed feed) {
    this(redis, feed, TrackedHashes.off());
  }

  /** @param tracked where hashes may be kept: an import switched in drops them all */
  public RedisImportWriter(StringRedisTemplate redis, AuditFeed feed, TrackedHashes tracked) {
    this.redis = redis;
    this.feed = feed;
    this.tracked = tracked;
  }

  @Override
  public Staging stage() {
    return new StagedImport(redis, feed, tracked);
  }

  @Override
  public int recover() {
    int recovered = StagedImport.recover(redis, feed);
    tracked.forgetAll();
    return recovered;
  }

  @Override
  public StoredRows read(StoredRows.Wanted w) {
    List<String> keys = new ArrayList<>();
    w.voiceGroups().forEach(id -> keys.add(Keys.voiceGroup(id.value())));
    w.sites().forEach(id -> keys.add(Keys.site(id.value())));
    w.contracts().forEach(n -> keys.add(Keys.contract(n.value())));
    w.numbers().forEach(n -> keys.add(Keys.number(n.digits())));
    w.numbers().forEach(n -> keys.add(Keys.forwarding(n.digits())));
    w.userGroups().forEach(name -> keys.add(Keys.userGroup(name)));
    List<Object> hashes = pipelined(keys, w.userEmailKeys());
    var cursor = new Cursor(hashes);
    var stored = new StoredRows(
        cursor.decode(w.voiceGroups(), InventoryCodec::voiceGroup),
        cursor.decode(w.sites(), InventoryCodec::site),
        cursor.decode(w.contracts(), InventoryCodec::contract),
        cursor.decode(w.numbers(), InventoryCodec::number),
        forwarding(w.numbers(), cursor),
        cursor.decode(w.userGroups(), UserCodec::group),
        new HashMap<>());
    List<String> ids = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (String email : w.userEmailKeys()) {
      Object id = cursor.next();
      if (id != null) {
        ids.add(id.toString());
        emails.add(email);
      }
    }
    var users = new Cursor(pipelined(ids.stream().map(Keys::user).toList(), List.of()));
    Map<String, User> byId = users.decode(ids, UserCodec::user);
    for (int i = 0; i < ids.size(); i++) {
      User u = byId.get(ids.get(i));
      if (u != null && u.email().key().equals(emails.get(i))) {
        stored.users().put(emails.get(i), u);
      }
    }
    return stored;
  }

  private static Map<IpNumber, Versioned<ForwardingSetting>> forwarding(List<IpNumber> numbers,
      Cursor cursor) {
    Map<IpNumber, Versioned<ForwardingSetting>> out = new HashMap<>();
    for (IpNumber n : numbers) {
      @SuppressWarnings("unchecked")
      Map<Object, Object> h = (Map<Object, Object>) cursor.next();
      out.put(n, ForwardingCodec.read(h));
    }
    return out;
  }

  /** HGETALL of every hash, then GET of every email index, in one pipeline. */
  private List<Object> pipelined(List<String> hashes, List<String> emailKeys) {
    if (hashes.isEmpty() && emailKeys.isEmpty()) {
      return List.of();
    }
    return RedisFailures.call(() -> redis.executePipelined(new SessionCallback<>() {
      @Override
      @SuppressWarnings("unchecked")
      public <K, V> Object execute(RedisOperations<K, V> ops) {
        hashes.forEach(k -> ops.opsForHash().entries((K) k));
        emailKeys.forEach(e -> ops.opsForValue().get((K) Keys.userEmail(e)));
        return null;
      }
    }));
  }

  /** The pipeline's answers, taken in the order asked. */
  private static final class Cursor {
    private final List<Object> answers;
    private int next;

    Cursor(List<Object> answers) {
      this.answers = answers;
    }

    Object next() {
      return answers.get(next++);
    }

    /** The next {@code ids.size()} hashes decoded, by id; missing (empty) ones left out. */
    @SuppressWarnings("unchecked")
    <I, T> Map<I, T> decode(List<I> ids, Function<Map<Object, Object>, T> decoder) {
      Map<I, T> out = new HashMap<>();
      for (I id : ids) {
        Map<Object, Object> h = (Map<Object, Object>) next();
        if (h != null && !h.isEmpty()) {
          out.put(id, decoder.apply(h));
        }
      }
      return out;
    }
  }
}
