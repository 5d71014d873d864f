package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedisUsersTest {
  private final RedisUsers users = new RedisUsers(Fixtures.shared());

  private static String mail(String local) {
    return local + "-" + UUID.randomUUID() + "@Example.com";
  }

  @Test
  void aUserRoundTripsByIdAndByEmailInAnyCase() {
    var u = Fixtures.user(users.nextId(), mail("Taro"));
    assertThat(users.create(u)).isTrue();
    assertThat(users.byId(u.id())).contains(u);
    assertThat(users.byEmail(Email.of(u.email().value().toUpperCase()))).contains(u);
    assertThat(users.all()).contains(u);
  }

  @Test
  void aDuplicateEmailDifferingOnlyInCaseIsRefusedAndWritesNothing() {
    String email = mail("hanako");
    var first = Fixtures.user(users.nextId(), email);
    var second = Fixtures.user(users.nextId(), email.toUpperCase());
    assertThat(users.create(first)).isTrue();
    assertThat(users.create(second)).isFalse();
    assertThat(users.byId(second.id())).isEmpty();
    assertThat(users.byEmail(Email.of(email))).contains(first);
  }

  @Test
  void aTakenIdIsRefused() {
    var first = Fixtures.user(users.nextId(), mail("a"));
    users.create(first);
    assertThat(users.create(Fixtures.user(first.id(), mail("b")))).isFalse();
  }

  @Test
  void updateMovesTheEmailIndex() {
    var u = Fixtures.user(users.nextId(), mail("old"));
    users.create(u);
    String newEmail = mail("new");
    var changed = new dev.tenso.core.directory.User(u.id(), u.name(), Email.of(newEmail), u.phone(),
        u.mobile(), u.language(), u.secondFactor(), Role.PORTAL_ADMIN, u.title(), u.timezone(),
        u.groups(), u.numbers(), u.comment(), u.lineNotification(), u.status(), u.createdAt());
    users.update(changed);
    assertThat(users.byEmail(u.email())).isEmpty();
    assertThat(users.byEmail(Email.of(newEmail))).contains(changed);
    assertThat(users.byId(u.id())).contains(changed);
  }

  @Test
  void updateRefusesAnEmailOfAnotherUser() {
    var a = Fixtures.user(users.nextId(), mail("a"));
    var b = Fixtures.user(users.nextId(), mail("b"));
    users.create(a);
    users.create(b);
    var clash = Fixtures.user(b.id(), a.email().value());
    assertThatThrownBy(() -> users.update(clash)).isInstanceOf(IllegalStateException.class);
    assertThat(users.byId(b.id())).contains(b);
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
