package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.ChangeSet;
import dev.tenso.importer.ChangeSet.ForwardingWrite;
import dev.tenso.importer.ChangeSet.RouteChange;
import dev.tenso.importer.ChangeSet.UserChange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An import's change set as records of staged parts ({@link ImportChunk}): one record per row,
 * with the same keys and fields the other adapters write. A forwarding change is written only
 * while the number's version is still the one planned from, a user only while stored exactly as
 * read (a new one: while its id and email are free), with its indexes ({@link UserIndexes});
 * each with its audit event in its origin stream (the number's or the directory's, fed to the
 * other views after the switch-in, {@link AuditFeed}); all keys of a record in one hash slot. A
 * number's routing record goes with its forwarding (or alone, while the forwarding version it was
 * decided from holds). Labels name the row a skipped record belongs to: {@code f:<digits>},
 * {@code u:<email key>}.
 */
final class ImportRecords {
  static final String FORWARDING = "f:";
  static final String USER = "u:";

  private ImportRecords() {}

  /** Adds every write of {@code c} to the current part ({@code part} may start a new one). */
  static void add(ChangeSet c, Supplier<ImportChunk> part) {
    c.voiceGroups().forEach(g -> hashInSet(part.get(), Keys.voiceGroup(g.id().value()),
        InventoryCodec.fields(g), Keys.VOICE_GROUPS, g.id().value()));
    c.sites().forEach(s -> hashInSet(part.get(), Keys.site(s.id().value()),
        InventoryCodec.fields(s), Keys.SITES, s.id().value()));
    c.contracts().forEach(k -> hashInSet(part.get(), Keys.contract(k.number().value()),
        InventoryCodec.fields(k), Keys.CONTRACTS, k.number().value()));
    c.numbers().forEach(n -> number(part.get(), n.number().digits(), InventoryCodec.fields(n)));
    c.userGroups().forEach(g -> part.get().record("").always()
        .replace(Keys.userGroup(g.name()), UserCodec.fields(g)).add(Keys.USER_GROUPS, g.name())
        .list(Keys.USER_GROUP_NAMES, g.name()).end());
    Map<IpNumber, RouteChange> routes = new LinkedHashMap<>();
    c.routes().forEach(r -> routes.put(r.number(), r));
    c.forwarding().forEach(f -> forwarding(part.get(), f, routes.remove(f.number())));
    routes.values().forEach(r -> route(part.get(), r));
    c.users().forEach(u -> user(part.get(), u));
  }

  private static void hashInSet(ImportChunk part, String key, Map<String, String> fields,
      String index, String member) {
    part.record("").always().replace(key, fields).add(index, member).end();
  }

  /**
   * A number's hash (in the number's slot) and its place in the index of numbers (in the
   * inventory's): two records, each idempotent; a reader skips an indexed number without a hash.
   */
  private static void number(ImportChunk part, String digits, Map<String, String> fields) {
    part.record("").always().add(Keys.NUMBERS, digits).end();
    part.record("").always().replace(Keys.number(digits), fields).end();
  }

  /** A number's new forwarding with the routing record it makes (same record, same version). */
  private static void forwarding(ImportChunk part, ForwardingWrite f, RouteChange route) {
    String digits = f.number().digits();
    String version = Long.toString(f.expectedVersion() + 1);
    Map<String, String> fields = new LinkedHashMap<>(ForwardingCodec.fields(f.setting()));
    fields.put(ForwardingCodec.VERSION, version);
    var r = part.record(FORWARDING + digits)
        .whileVersion(Keys.forwarding(digits), f.expectedVersion())
        .put(Keys.forwarding(digits), fields);
    if (route != null) {
      r.replace(Keys.route(digits), RouteCodec.fields(route.route()));
    }
    events(r, f.event(), version).end();
  }

  /** A routing record alone (the number's row or contract changed), while its forwarding holds. */
  private static void route(ImportChunk part, RouteChange r) {
    String digits = r.number().digits();
    part.record(FORWARDING + digits).whileVersion(Keys.forwarding(digits), r.forwardingVersion())
        .replace(Keys.route(digits), RouteCodec.fields(r.route())).end();
  }

  private static void user(ImportChunk part, UserChange u) {
    String id = u.user().id().value();
    String email = u.user().email().key();
    var r = part.record(USER + email);
    if (u.isNew()) {
      r.whileAbsent(Keys.user(id), Keys.userEmail(email));
    } else {
      r.whileStored(Keys.user(id), Keys.userEmail(email), id, UserCodec.fields(u.previous()));
      UserIndexes.dropped(u.previous(), u.user()).forEach(r::delete);
      UserIndexes.left(u.previous(), u.user()).forEach(set -> r.remove(set, id));
      UserIndexes.unlisted(u.previous(), u.user()).forEach(l -> r.unlist(l.key(), l.member()));
    }
    // The Slack id is kept as stored: setting its index again changes nothing.
    UserIndexes.uniques(u.user()).forEach(unique -> r.set(unique, id));
    r.replace(Keys.user(id), UserCodec.fields(u.user()));
    UserIndexes.sets(u.user()).forEach(set -> r.add(set, id));
    UserIndexes.listed(u.user()).forEach(l -> r.list(l.key(), l.member()));
    events(r, u.event(), null).end();
  }

  /** The event, in its origin stream (the number's or the directory's), marked unfed. */
  private static ImportChunk.Record events(ImportChunk.Record r, AuditEvent e, String version) {
    if (e == null) {
      return r;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (version != null) {
      fields.put(ForwardingCodec.VERSION, version);
    }
    fields.putAll(AuditCodec.fields(e));
    String origin = AuditCodec.origin(e);
    return r.event(origin, Keys.unfed(origin), fields);
  }
}
