package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.UserBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RedisUsersTest extends OnEachTopology {
  private final RedisUsers users = new RedisUsers(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));

  private static String mail(String local) {
    return local + "-" + UUID.randomUUID() + "@Example.com";
  }

  @Test
  void aUserRoundTripsByIdAndByEmailInAnyCase() {
    var u = Fixtures.user(users.nextId(), mail("Taro"));
    assertThat(users.create(u, null)).isTrue();
    assertThat(users.byId(u.id())).contains(u);
    assertThat(users.byEmail(Email.of(u.email().value().toUpperCase()))).contains(u);
    assertThat(users.all()).contains(u);
  }

  @Test
  void aDuplicateEmailDifferingOnlyInCaseIsRefusedAndWritesNothing() {
    String email = mail("hanako");
    var first = Fixtures.user(users.nextId(), email);
    var second = Fixtures.user(users.nextId(), email.toUpperCase());
    assertThat(users.create(first, null)).isTrue();
    assertThat(users.create(second, null)).isFalse();
    assertThat(users.byId(second.id())).isEmpty();
    assertThat(users.byEmail(Email.of(email))).contains(first);
  }

  @Test
  void aTakenIdIsRefused() {
    var first = Fixtures.user(users.nextId(), mail("a"));
    users.create(first, null);
    assertThat(users.create(Fixtures.user(first.id(), mail("b")), null)).isFalse();
  }

  @Test
  void updateMovesTheEmailIndex() {
    var u = Fixtures.user(users.nextId(), mail("old"));
    users.create(u, null);
    String newEmail = mail("new");
    var changed = UserBuilder.from(u).email(newEmail).role(Role.PORTAL_ADMIN).build();
    assertThat(users.update(u, changed, null)).isTrue();
    assertThat(users.byEmail(u.email())).isEmpty();
    assertThat(users.byEmail(Email.of(newEmail))).contains(changed);
    assertThat(users.byId(u.id())).contains(changed);
  }

  @Test
  void updateRefusesAnEmailOfAnotherUser() {
    var a = Fixtures.user(users.nextId(), mail("a"));
    var b = Fixtures.user(users.nextId(), mail("b"));
    users.create(a, null);
    users.create(b, null);
    var clash = Fixtures.user(b.id(), a.email().value());
    assertThatThrownBy(() -> users.update(b, clash, null)).isInstanceOf(IllegalStateException.class);
    assertThat(users.byId(b.id())).contains(b);
    assertThat(users.byEmail(a.email())).contains(a);
  }

  @Test
  void aStaleExpectedRecordIsRefusedAndNothingIsWritten() {
    var u = Fixtures.user(users.nextId(), mail("stale"));
    users.create(u, null);
    var disabled = u.withStatus(UserStatus.DISABLED);
    assertThat(users.update(u, disabled, null)).isTrue();

    String movedEmail = mail("moved");
    var staleNext = UserBuilder.from(u).email(movedEmail).role(Role.PORTAL_ADMIN)
        .status(UserStatus.ACTIVE).build();
    assertThat(users.update(u, staleNext, null)).isFalse();
    assertThat(users.byId(u.id())).contains(disabled);
    assertThat(users.byEmail(u.email())).contains(disabled);
    assertThat(users.byEmail(Email.of(movedEmail))).isEmpty();
  }

  @Test
  void anyDifferingFieldIsAConflictAndAGoneUserToo() {
    var u = Fixtures.user(users.nextId(), mail("field"));
    users.create(u, null);
    var otherGroups = withGroups(u, Set.of("東京営業", "大阪営業"));
    assertThat(users.update(otherGroups, u.withRole(Role.PORTAL_ADMIN), null)).isFalse();
    assertThat(users.byId(u.id())).contains(u);

    var never = Fixtures.user(users.nextId(), mail("never"));
    assertThat(users.update(never, never.withStatus(UserStatus.ACTIVE), null)).isFalse();
    assertThat(users.byId(never.id())).isEmpty();
    assertThat(users.byEmail(never.email())).isEmpty();
  }

  @Test
  void recordsOfTwoDifferentUsersAreRejected() {
    var a = Fixtures.user(users.nextId(), mail("a"));
    var b = Fixtures.user(users.nextId(), mail("b"));
    assertThatThrownBy(() -> users.update(a, b, null)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Fifty writers each add their own group to one user (read, change, compare-and-set, retry):
   * every group is there at the end. With a whole-record overwrite most of them are lost.
   */
  @Test
  void fiftyConcurrentWritersLoseNoChange() throws Exception {
    var u = withGroups(Fixtures.user(users.nextId(), mail("busy")), Set.of());
    users.create(u, null);
    Set<String> expected = new HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String group = String.format("g%02d", i);
        expected.add(group);
        done.add(pool.submit(() -> {
          while (true) {
            User read = users.byId(u.id()).orElseThrow();
            Set<String> more = new HashSet<>(read.groups());
            more.add(group);
            if (users.update(read, withGroups(read, more), null)) {
              return;
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(users.byId(u.id()).orElseThrow().groups()).isEqualTo(expected);
  }

  private static User withGroups(User u, Set<String> groups) {
    return UserBuilder.from(u).groups(groups).build();
  }

  @Test
  void idsAreNinetySixRandomBitsInBase64Url() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      ids.add(users.nextId().value());
    }
    assertThat(ids).hasSize(1000).allMatch(id -> id.matches("[A-Za-z0-9_-]{16}"));
  }

  @Test
  void userGroupsRoundTrip() {
    var groups = new RedisUserGroups(Fixtures.shared());
    var g = new UserGroup("営業-" + UUID.randomUUID(), Set.of(SiteId.of("S001"), SiteId.of("S002")),
        Set.of(VoiceGroupId.of("Y00000001")));
    groups.save(g);
    assertThat(groups.byName(g.name())).contains(g);
    var smaller = new UserGroup(g.name(), Set.of(), Set.of(VoiceGroupId.of("Y2")));
    groups.save(smaller);
    assertThat(groups.byName(g.name())).contains(smaller);
    assertThat(groups.all()).contains(smaller);
    assertThat(groups.byName("none-" + UUID.randomUUID())).isEmpty();
  }
}
