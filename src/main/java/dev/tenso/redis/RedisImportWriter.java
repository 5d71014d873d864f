package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.importer.ChangeSet.ForwardingWrite;
import dev.tenso.importer.ChangeSet.RouteChange;
import dev.tenso.importer.ChangeSet.UserChange;
import dev.tenso.importer.ChangeSet;
import dev.tenso.importer.ImportWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Writes an import's change set in one MULTI/EXEC, under WATCH of every forwarding hash and user
 * key it depends on: either all of it is stored, or (a concurrent change, an outage) none of it.
 * The routing records of the numbers it changes are written in the same transaction.
 */
public final class RedisImportWriter implements ImportWriter {
  private final StringRedisTemplate redis;

  public RedisImportWriter(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public boolean apply(ChangeSet changes) {
    if (changes.isEmpty()) {
      return true;
    }
    Boolean ok = RedisFailures.call(() -> redis.execute(new SessionCallback<Boolean>() {
      @Override
      @SuppressWarnings("unchecked")
      public <K, V> Boolean execute(RedisOperations<K, V> raw) {
        return transaction((RedisOperations<String, String>) raw, changes);
      }
    }));
    return Boolean.TRUE.equals(ok);
  }

  private static boolean transaction(RedisOperations<String, String> ops, ChangeSet c) {
    List<String> watched = watched(c);
    if (!watched.isEmpty()) {
      ops.watch(watched);
    }
    if (!unchanged(ops, c)) {
      ops.unwatch();
      return false;
    }
    ops.multi();
    c.voiceGroups().forEach(g -> replace(ops, Keys.voiceGroup(g.id().value()),
        InventoryCodec.fields(g), Keys.VOICE_GROUPS, g.id().value()));
    c.sites().forEach(s -> replace(ops, Keys.site(s.id().value()),
        InventoryCodec.fields(s), Keys.SITES, s.id().value()));
    c.contracts().forEach(k -> replace(ops, Keys.contract(k.number().value()),
        InventoryCodec.fields(k), Keys.CONTRACTS, k.number().value()));
    c.numbers().forEach(n -> replace(ops, Keys.number(n.number().digits()),
        InventoryCodec.fields(n), Keys.NUMBERS, n.number().digits()));
    c.userGroups().forEach(g -> replace(ops, Keys.userGroup(g.name()),
        UserCodec.fields(g), Keys.USER_GROUPS, g.name()));
    for (UserChange u : c.users()) {
      String id = u.user().id().value();
      String emailKey = u.user().email().key();
      if (!u.isNew() && !u.previousEmailKey().equals(emailKey)) {
        ops.delete(Keys.userEmail(u.previousEmailKey()));
      }
      ops.opsForValue().set(Keys.userEmail(emailKey), id);
      replace(ops, Keys.user(id), UserCodec.fields(u.user()), Keys.USERS, id);
    }
    for (ForwardingWrite f : c.forwarding()) {
      String version = Long.toString(f.expectedVersion() + 1);
      Map<String, String> fields = new LinkedHashMap<>(ForwardingCodec.fields(f.setting()));
      fields.put(ForwardingCodec.VERSION, version);
      ops.opsForHash().putAll(Keys.forwarding(f.number().digits()), fields);
      append(ops, f.event(), version);
    }
    c.events().forEach(e -> append(ops, e, null));
    writeRoutes(ops, c);
    List<Object> result = ops.exec();
    return result != null && !result.isEmpty();
  }

  private static List<String> watched(ChangeSet c) {
    List<String> keys = new ArrayList<>();
    c.forwarding().forEach(f -> keys.add(Keys.forwarding(f.number().digits())));
    c.routes().forEach(r -> keys.add(Keys.forwarding(r.number().digits())));
    for (UserChange u : c.users()) {
      keys.add(Keys.user(u.user().id().value()));
      keys.add(Keys.userEmail(u.user().email().key()));
    }
    return keys;
  }

  /**
   * True when the versions, users and email owners the change set was computed from still hold
   * (read under WATCH, so nothing can change them unnoticed before EXEC).
   */
  private static boolean unchanged(RedisOperations<String, String> ops, ChangeSet c) {
    for (ForwardingWrite f : c.forwarding()) {
      if (version(ops, f.number().digits()) != f.expectedVersion()) {
        return false;
      }
    }
    for (RouteChange r : c.routes()) {
      if (version(ops, r.number().digits()) != r.forwardingVersion()) {
        return false;
      }
    }
    for (UserChange u : c.users()) {
      String id = u.user().id().value();
      String owner = ops.opsForValue().get(Keys.userEmail(u.user().email().key()));
      Map<String, String> stored = ops.<String, String>opsForHash().entries(Keys.user(id));
      if (u.isNew() ? owner != null || !stored.isEmpty()
          : !asRead(stored, u) || owner != null && !owner.equals(id)) {
        return false;
      }
    }
    return true;
  }

  private static long version(RedisOperations<String, String> ops, String digits) {
    Object v = ops.opsForHash().get(Keys.forwarding(digits), ForwardingCodec.VERSION);
    return v == null ? 0L : Long.parseLong(v.toString());
  }

  /** Each number's routing record, replaced whole (what a call to it does from now on). */
  private static void writeRoutes(RedisOperations<String, String> ops, ChangeSet c) {
    for (RouteChange r : c.routes()) {
      String key = Keys.route(r.number().digits());
      ops.delete(key);
      ops.opsForHash().putAll(key, RouteCodec.fields(r.route()));
    }
  }

  /** True when every field of the user as planned from is still stored unchanged. */
  private static boolean asRead(Map<String, String> stored, UserChange u) {
    if (stored.isEmpty()) {
      return false;
    }
    for (var field : UserCodec.fields(u.previous()).entrySet()) {
      if (!field.getValue().equals(stored.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static void replace(RedisOperations<String, String> ops, String key,
      Map<String, String> fields, String index, String member) {
    ops.delete(key);
    ops.opsForHash().putAll(key, fields);
    ops.opsForSet().add(index, member);
  }

  private static void append(RedisOperations<String, String> ops, AuditEvent e, String version) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (version != null) {
      fields.put("version", version);
    }
    fields.putAll(AuditCodec.fields(e));
    for (String stream : AuditCodec.streams(e)) {
      ops.opsForStream().add(StreamRecords.newRecord().in(stream).ofMap(fields));
    }
  }
}
