package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.AuditFeeds;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A user write and its audit event are one script on a real Redis: both are stored, or (on a
 * refused create or compare-and-set) neither. The event is readable per actor, per subject and in
 * the global stream.
 */
class RedisUsersAuditTest extends OnEachTopology {
  private final RedisUsers users = new RedisUsers(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));
  private final RedisAuditLog audit = new RedisAuditLog(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));
  private final String admin = "admin-" + UUID.randomUUID();

  private User fresh() {
    return Fixtures.user(users.nextId(), "audit-" + UUID.randomUUID() + "@example.com");
  }

  private AuditEvent event(String action, User before, User after) {
    return new AuditEvent(Fixtures.NOW, admin, "slack", action, "", after.id().value(),
        before == null ? "" : before.status().name(), after.status().name());
  }

  private List<AuditEvent> ofSubject(User u) {
    return audit.forUser(u.id().value(), 10);
  }

  private List<AuditEvent> globalOf(User u) {
    return audit.all(10_000).stream().filter(e -> e.subject().equals(u.id().value())).toList();
  }

  @Test
  void aCreateStoresTheUserAndItsEventPerActorSubjectAndGlobally() {
    User u = fresh();
    AuditEvent added = event("user.add", null, u);

    assertThat(users.create(u, added)).isTrue();

    assertThat(users.byId(u.id())).contains(u);
    assertThat(audit.forUser(admin, 10)).containsExactly(added);
    assertThat(ofSubject(u)).containsExactly(added);
    assertThat(globalOf(u)).containsExactly(added);
  }

  @Test
  void aRefusedCreateWritesNoEvent() {
    User first = fresh();
    assertThat(users.create(first, null)).isTrue();
    User sameEmail = Fixtures.user(users.nextId(), first.email().value().toUpperCase());

    assertThat(users.create(sameEmail, event("user.add", null, sameEmail))).isFalse();

    assertThat(users.byId(sameEmail.id())).isEmpty();
    assertThat(ofSubject(sameEmail)).isEmpty();
    assertThat(audit.forUser(admin, 10)).isEmpty();
  }

  @Test
  void aSuccessfulCompareAndSetStoresTheChangeAndItsEvent() {
    User u = fresh();
    users.create(u, null);
    User active = u.withStatus(UserStatus.ACTIVE);
    AuditEvent activated = event("user.enable", u, active);

    assertThat(users.update(u, active, activated)).isTrue();

    assertThat(users.byId(u.id())).contains(active);
    assertThat(audit.forUser(admin, 10)).containsExactly(activated);
    assertThat(ofSubject(u)).containsExactly(activated);
    assertThat(globalOf(u)).containsExactly(activated);
  }

  @Test
  void aRefusedCompareAndSetWritesNeitherTheUserNorAnEvent() {
    User u = fresh();
    users.create(u, null);
    User disabled = u.withStatus(UserStatus.DISABLED);
    users.update(u, disabled, null);
    User stale = u.withRole(Role.PORTAL_ADMIN);

    assertThat(users.update(u, stale, event("user.role", u, stale))).isFalse();

    assertThat(users.byId(u.id())).contains(disabled);
    assertThat(ofSubject(u)).isEmpty();
    assertThat(globalOf(u)).isEmpty();
    assertThat(audit.forUser(admin, 10)).isEmpty();
  }

  @Test
  void anUpdateToAnotherUsersEmailWritesNoEvent() {
    User a = fresh();
    User b = fresh();
    users.create(a, null);
    users.create(b, null);
    User clash = Fixtures.user(b.id(), a.email().value());

    assertThatThrownBy(() -> users.update(b, clash, event("user.edit", b, clash)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(users.byId(b.id())).contains(b);
    assertThat(ofSubject(b)).isEmpty();
    assertThat(audit.forUser(admin, 10)).isEmpty();
  }

  @Test
  void aSelfChangeIsInTheUsersStreamOnce() {
    User u = fresh();
    users.create(u, null);
    User active = u.withStatus(UserStatus.ACTIVE);
    AuditEvent self = new AuditEvent(Fixtures.NOW, u.id().value(), "slack", "user.activate", "",
        u.id().value(), "PENDING", "ACTIVE");

    assertThat(users.update(u, active, self)).isTrue();

    assertThat(ofSubject(u)).containsExactly(self);
    assertThat(globalOf(u)).containsExactly(self);
  }

  @Test
  void withoutAnEventNothingIsAudited() {
    User u = fresh();
    assertThat(users.create(u, null)).isTrue();
    assertThat(users.update(u, u.withStatus(UserStatus.ACTIVE), null)).isTrue();

    assertThat(ofSubject(u)).isEmpty();
    assertThat(globalOf(u)).isEmpty();
  }
}
