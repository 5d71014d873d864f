package dev.tenso.importer;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a valid organisation with the store and lists only the writes that change something,
 * so that loading the same file twice writes nothing (no version bump, no audit event).
 */
final class ImportPlanner {
  static final String ACTOR = Channel.IMPORT.id();
  private final Inventory inventory;
  private final ForwardingStore forwarding;
  private final Users users;
  private final UserGroups groups;
  private final Clock clock;

  ImportPlanner(Inventory inventory, ForwardingStore forwarding, Users users, UserGroups groups,
      Clock clock) {
    this.inventory = inventory;
    this.forwarding = forwarding;
    this.users = users;
    this.groups = groups;
    this.clock = clock;
  }

  Plan plan(Organisation org) {
    Instant now = clock.instant();
    var vgs = org.voiceGroups().stream()
        .filter(g -> !inventory.voiceGroup(g.id()).equals(Optional.of(g))).toList();
    var sites = org.sites().stream()
        .filter(s -> !inventory.site(s.id()).equals(Optional.of(s))).toList();
    var contracts = org.contracts().stream()
        .filter(c -> !inventory.contract(c.number()).equals(Optional.of(c))).toList();
    var numbers = org.numbers().stream().map(Organisation.NumberRow::number)
        .filter(n -> !inventory.number(n.number()).equals(Optional.of(n))).toList();
    List<ChangeSet.ForwardingWrite> fwd = new ArrayList<>();
    for (var row : org.numbers()) {
      if (row.forwarding().isEmpty()) {
        continue;
      }
      var stored = forwarding.get(row.number().number());
      ForwardingSetting next = row.forwarding().get();
      if (!stored.value().equals(next)) {
        String digits = row.number().number().digits();
        fwd.add(new ChangeSet.ForwardingWrite(row.number().number(), stored.version(), next,
            new AuditEvent(now, ACTOR, ACTOR, "forwarding.change", digits, "",
                AuditFormat.format(stored.value()), AuditFormat.format(next))));
      }
    }
    var userGroups = org.userGroups().stream()
        .filter(g -> !groups.byName(g.name()).equals(Optional.of(g))).toList();
    List<ChangeSet.UserChange> userChanges = new ArrayList<>();
    List<AuditEvent> events = new ArrayList<>();
    List<ImportedUser> imported = new ArrayList<>();
    for (UserRow row : org.users()) {
      Optional<User> existing = users.byEmail(row.email());
      User user = existing
          .map(e -> build(row, e.id(), status(e.status(), row), e.createdAt()))
          .orElseGet(() -> build(row, users.nextId(),
              row.registered() ? UserStatus.ACTIVE : UserStatus.PENDING, now));
      if (existing.isEmpty()) {
        userChanges.add(new ChangeSet.UserChange(user, null));
        events.add(new AuditEvent(now, ACTOR, ACTOR, "user.add", "", user.id().value(), "",
            user.role() + " " + user.status()));
      } else if (!existing.get().equals(user)) {
        userChanges.add(new ChangeSet.UserChange(user, existing.get()));
        events.add(new AuditEvent(now, ACTOR, ACTOR, "user.update", "", user.id().value(),
            existing.get().role() + " " + existing.get().status(), user.role() + " " + user.status()));
      }
      imported.add(new ImportedUser(user, existing.isEmpty(), row.registered(),
          Optional.ofNullable(row.totpSecret()), row.invite()));
    }
    var routes = ImportRoutes.of(org, numbers, contracts, fwd, inventory, forwarding);
    return new Plan(new ChangeSet(vgs, sites, contracts, numbers, fwd, userGroups, userChanges,
        events, routes), imported);
  }

  /** A pending user the file now says is registered becomes active; a disabled one stays so. */
  private static UserStatus status(UserStatus stored, UserRow row) {
    return stored == UserStatus.PENDING && row.registered() ? UserStatus.ACTIVE : stored;
  }

  private static User build(UserRow r, UserId id, UserStatus status, Instant createdAt) {
    return r.user().toUser(id, status, createdAt);
  }

  /** The writes, and every user row as it will be stored (for the {@link ImportedUsers} hook). */
  record Plan(ChangeSet changes, List<ImportedUser> users) {}
}
