package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.AuditFeeds;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The directory's indexes (by number, by phone, by Slack id, by email) are written by the same
 * script as the user, follow every change of it, and are built once over a directory stored
 * before they existed.
 */
class UserIndexesTest extends EmptiedOnEachTopology {
  private final RedisUsers users = new RedisUsers(redis, AuditFeeds.of(redis));

  private User stored(String phone, String mobile, String... numbers) {
    var id = users.nextId();
    User u = new User(id, "Com 太郎", Email.of(UUID.randomUUID() + "@example.com"), phone, mobile,
        Language.JA, SecondFactor.MAIL_OTP, Role.GENERAL, "", ZoneId.of("Asia/Tokyo"), Set.of(),
        java.util.Arrays.stream(numbers).map(IpNumber::of).collect(java.util.stream.Collectors
            .toSet()), "", true, UserStatus.ACTIVE, Fixtures.NOW, "");
    assertThat(users.create(u, null)).isTrue();
    return u;
  }

  private static User withNumbers(User u, String... numbers) {
    return new User(u.id(), u.name(), u.email(), u.phone(), u.mobile(), u.language(),
        u.secondFactor(), u.role(), u.title(), u.timezone(), u.groups(),
        java.util.Arrays.stream(numbers).map(IpNumber::of).collect(java.util.stream.Collectors
            .toSet()), u.comment(), u.lineNotification(), u.status(), u.createdAt(), u.slackId());
  }

  @Test
  void aUserIsFoundByEachOfItsNumbersAndPhonesAndLeavesThoseItNoLongerHas() {
    User u = stored("03-1111-2222", "090-1111-2222", "050-1111-0001", "050-1111-0002");
    User other = stored("03-1111-2222", "", "050-1111-0002");
    IpNumber one = IpNumber.of("050-1111-0001");
    IpNumber two = IpNumber.of("050-1111-0002");

    assertThat(users.byNumber(one)).containsExactly(u);
    assertThat(users.byNumber(two)).containsExactlyInAnyOrder(u, other);
    assertThat(users.byPhone("09011112222", 2)).containsExactly(u);
    assertThat(users.byPhone("0311112222", 2)).containsExactlyInAnyOrder(u, other);
    assertThat(users.byPhone("0311112222", 1)).hasSize(1);

    User moved = withNumbers(u, "050-1111-0003");
    assertThat(users.update(u, moved, null)).isTrue();
    assertThat(users.byNumber(one)).isEmpty();
    assertThat(users.byNumber(two)).containsExactly(other);
    assertThat(users.byNumber(IpNumber.of("050-1111-0003"))).containsExactly(moved);
    assertThat(redis.hasKey(Keys.numberUsers("05011110001"))).isFalse();
  }

  @Test
  void aDisabledUserIsNoCallerUntilEnabledAgainButKeepsItsNumbers() {
    User u = stored("03-1111-2222", "090-1111-2222", "050-1111-0001");
    User disabled = u.withStatus(UserStatus.DISABLED);
    assertThat(users.update(u, disabled, null)).isTrue();

    assertThat(users.byPhone("09011112222", 2)).isEmpty();
    assertThat(users.byNumber(IpNumber.of("050-1111-0001"))).containsExactly(disabled);

    assertThat(users.update(disabled, u, null)).isTrue();
    assertThat(users.byPhone("09011112222", 2)).containsExactly(u);
  }

  @Test
  void aSlackIdLinksOneUserAtMost() {
    User u = stored("03-1111-2222", "");
    User other = stored("03-3333-4444", "");
    User linked = u.withSlackId("U012ABCDEF");

    assertThat(users.update(u, linked, null)).isTrue();
    assertThat(users.bySlackId("U012ABCDEF")).contains(linked);
    assertThatThrownBy(() -> users.update(other, other.withSlackId("U012ABCDEF"), null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(users.byId(other.id())).contains(other);

    assertThat(users.update(linked, linked.withSlackId("U099ZZZZZZ"), null)).isTrue();
    assertThat(users.bySlackId("U012ABCDEF")).isEmpty();
    assertThat(users.bySlackId("U099ZZZZZZ")).map(User::id).contains(u.id());
    assertThat(users.bySlackId("")).isEmpty();
  }

  @Test
  void aDirectoryStoredBeforeTheIndexesGetsThemOnceAtStartUp() {
    User u = stored("03-1111-2222", "090-1111-2222", "050-1111-0001");
    for (String key : redis.keys("tenso:*")) {
      if (key.startsWith("tenso:number-users:") || key.startsWith("tenso:user-phone:")) {
        redis.delete(key);
      }
    }
    redis.opsForHash().delete(Keys.user(u.id().value()), "slackId"); // as stored before
    assertThat(users.byNumber(IpNumber.of("050-1111-0001"))).isEmpty();

    assertThat(users.indexAll()).isEqualTo(1);

    assertThat(users.byNumber(IpNumber.of("050-1111-0001"))).containsExactly(u);
    assertThat(users.byPhone("09011112222", 2)).containsExactly(u);
    assertThat(users.indexAll()).isZero();
    assertThat(users.update(u, u.withRole(Role.PORTAL_ADMIN), null)).isTrue();
  }
}
