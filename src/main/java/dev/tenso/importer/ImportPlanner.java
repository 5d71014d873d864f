package dev.tenso.importer;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAudit;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingSetting;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Compares a valid organisation with the store, {@link #CHUNK} rows at a time (each chunk read in
 * bulk), and stages only the writes that change something, so that loading the same file twice
 * writes nothing (no version bump, no audit event). Memory holds one chunk's changes at a time.
 */
final class ImportPlanner {
  static final String ACTOR = Channel.IMPORT.id();
  private static final Actor IMPORT = Actor.system(Channel.IMPORT);
  static final int CHUNK = 1_000;
  private final ImportWriter store;
  private final Supplier<UserId> ids;
  private final Clock clock;

  ImportPlanner(ImportWriter store, Supplier<UserId> ids, Clock clock) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
  }

  /** Stages every change {@code org} makes to the store; returns what it staged. */
  Tally stage(Organisation org, ImportWriter.Staging staging, ImportRoutes routes) {
    Instant now = clock.instant();
    Tally tally = new Tally();
    for (Organisation part : org.parts(CHUNK)) {
      ChangeSet changes = plan(part, store.read(part.wanted()), now, routes);
      if (!changes.isEmpty()) {
        staging.add(changes);
        tally.add(changes);
      }
    }
    return tally;
  }

  private ChangeSet plan(Organisation o, StoredRows s, Instant now, ImportRoutes routes) {
    var vgs = o.voiceGroups().stream()
        .filter(g -> !g.equals(s.voiceGroups().get(g.id()))).toList();
    var sites = o.sites().stream().filter(x -> !x.equals(s.sites().get(x.id()))).toList();
    var contracts = o.contracts().stream()
        .filter(c -> !c.equals(s.contracts().get(c.number()))).toList();
    var numbers = o.numbers().stream().map(Organisation.NumberRow::number)
        .filter(n -> !n.equals(s.numbers().get(n.number()))).toList();
    List<ChangeSet.ForwardingWrite> fwd = new ArrayList<>();
    for (var row : o.numbers()) {
      if (row.forwarding().isPresent()) {
        forwarding(row, s, now).ifPresent(fwd::add);
      }
    }
    var groups = o.userGroups().stream()
        .filter(g -> !g.equals(s.userGroups().get(g.name()))).toList();
    List<ChangeSet.UserChange> users = new ArrayList<>();
    for (UserRow row : o.users()) {
      user(row, s.users().get(row.email().key()), now).ifPresent(users::add);
    }
    routes.contractsChanged(contracts);
    return new ChangeSet(vgs, sites, contracts, numbers, fwd, groups, users,
        routes.of(o.numbers(), numbers, fwd, s));
  }

  private static Optional<ChangeSet.ForwardingWrite> forwarding(Organisation.NumberRow row,
      StoredRows s, Instant now) {
    var number = row.number().number();
    var stored = s.forwarding().get(number);
    ForwardingSetting next = row.forwarding().orElseThrow();
    if (stored.value().equals(next)) {
      return Optional.empty();
    }
    return Optional.of(new ChangeSet.ForwardingWrite(number, stored.version(), next,
        new AuditEvent(now, ACTOR, ACTOR, "forwarding.change", number.digits(), "",
            AuditFormat.format(stored.value()), AuditFormat.format(next))));
  }

  /** The write of one user row, if it changes the stored user ({@code existing}, or none). */
  private Optional<ChangeSet.UserChange> user(UserRow row, User existing, Instant now) {
    if (existing == null) {
      User user = row.user().toUser(ids.get(),
          row.registered() ? UserStatus.ACTIVE : UserStatus.PENDING, now);
      return Optional.of(new ChangeSet.UserChange(user, null,
          UserAudit.event(now, IMPORT, "user.add", null, user)));
    }
    User user = row.user().toUser(existing.id(), status(existing.status(), row),
        existing.createdAt()).withSlackId(existing.slackId());
    if (existing.equals(user)) {
      return Optional.empty();
    }
    return Optional.of(new ChangeSet.UserChange(user, existing,
        UserAudit.event(now, IMPORT, "user.update", existing, user)));
  }

  /** A pending user the file now says is registered becomes active; a disabled one stays so. */
  private static UserStatus status(UserStatus stored, UserRow row) {
    return stored == UserStatus.PENDING && row.registered() ? UserStatus.ACTIVE : stored;
  }

  /** What was staged: writes, forwarding changes, and the email keys of the users it creates. */
  static final class Tally {
    int written;
    int forwardingChanged;
    final Set<String> created = new HashSet<>();

    private void add(ChangeSet changes) {
      written += changes.size();
      forwardingChanged += changes.forwarding().size();
      changes.users().stream().filter(ChangeSet.UserChange::isNew)
          .forEach(u -> created.add(u.user().email().key()));
    }

    boolean isEmpty() {
      return written == 0;
    }
  }
}
