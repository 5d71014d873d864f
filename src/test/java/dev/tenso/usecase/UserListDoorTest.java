package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisUserGroups;
import dev.tenso.redis.RedisUsers;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.DelegatingUsers;
import dev.tenso.testsupport.ImportedRedis;
import dev.tenso.testsupport.QuietOnboarding;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The administrators' user list through its door, on a directory the import wrote, whose
 * {@code all()} fails: every page, keyword and total is read through the list's index, which
 * follows the import and the administrators' changes.
 */
class UserListDoorTest {
  private final ImportedRedis server = new ImportedRedis();
  private final StringRedisTemplate redis = server.redis;
  private final RedisUsers real = server.users;
  private final UserAdminUseCases door = new UserAdminUseCases(DelegatingUsers.unscannable(real),
      new RedisUserGroups(redis), actor -> true, QuietOnboarding.registered(),
      new RedisAuditLog(redis, AuditFeeds.of(redis)), Clock.systemUTC());
  @TempDir Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  /** An administrator and {@code staff} employees 社員 00.. with emails e00@.. and phones. */
  private void load(int staff, String renamed) throws Exception {
    StringBuilder yaml = new StringBuilder("users:\n  - {email: admin@example.com, name: 管理 者,"
        + " phone: 03-9999-0000, language: ja, secondFactor: MAIL_OTP, role: PORTAL_ADMIN,"
        + " timezone: Asia/Tokyo, registered: true}\n");
    for (int i = 0; i < staff; i++) {
      yaml.append(String.format("  - {email: e%02d@example.com, name: %s, phone: 03-1111-%04d,"
          + " language: ja, secondFactor: MAIL_OTP, timezone: Asia/Tokyo, registered: true}%n",
          i, i == 0 && renamed != null ? renamed : String.format("社員 %02d", i), i));
    }
    server.load(dir, yaml.toString());
  }

  private Actor actor(String email) {
    User u = real.byEmail(Email.of(email)).orElseThrow();
    return new Actor(u.id(), ChannelIdentity.of(Channel.SLACK, "U-" + u.id().value()));
  }

  private Page<User> list(Actor who, String keyword, int page) {
    return door.listUsers(who, keyword, page).orElseThrow();
  }

  private static List<String> emails(Page<User> page) {
    return page.items().stream().map(u -> u.email().value()).toList();
  }

  @Test
  void anAdministratorPagesThroughTheImportedDirectoryWithoutReadingAllOfIt() throws Exception {
    load(14, null);
    Actor admin = actor("admin@example.com");

    Page<User> first = list(admin, "", 1);
    assertThat(first.total()).isEqualTo(15);
    assertThat(emails(first)).startsWith("admin@example.com", "e00@example.com").hasSize(10);
    assertThat(emails(list(admin, "", 2))).containsExactly("e09@example.com", "e10@example.com",
        "e11@example.com", "e12@example.com", "e13@example.com");
    assertThat(list(admin, "社員 1", 1).total()).isEqualTo(4);
    assertThat(emails(list(admin, "03-1111-0013", 1))).containsExactly("e13@example.com");
    assertThat(emails(list(admin, "e05@", 1))).containsExactly("e05@example.com");

    User e03 = real.byEmail(Email.of("e03@example.com")).orElseThrow();
    assertThat(door.disableUser(admin, e03.id().value()).isOk()).isTrue();
    assertThat(list(admin, "e03@", 1).items()).extracting(User::status)
        .containsExactly(UserStatus.DISABLED);
    assertThat(list(admin, "", 1).total()).isEqualTo(15);

    load(15, "部長 太郎"); // one more employee, and e00 renamed
    assertThat(list(admin, "", 2).total()).isEqualTo(16);
    assertThat(list(admin, "社員", 1).total()).isEqualTo(14);
    assertThat(emails(list(admin, "部長", 1))).containsExactly("e00@example.com");
  }

  @Test
  void onlyAnAdministratorListsAndAPageStartsAtOne() throws Exception {
    load(1, null);
    assertThat(codes(door.listUsers(actor("e00@example.com"), "", 1)))
        .containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(codes(door.listUsers(actor("admin@example.com"), "", 0)))
        .containsExactly(ErrorCode.PAGE_INVALID);
  }

  private static List<ErrorCode> codes(dev.tenso.core.common.Outcome<?> o) {
    return o.violations().stream().map(Violation::code).toList();
  }
}
