package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisUserGroups;
import dev.tenso.redis.RedisUsers;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.InterleavedUsers;
import dev.tenso.testsupport.QuietOnboarding;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.UserBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The administrator's changes on a real Redis when another change lands between their read and
 * their write: the other change is kept, the rule is re-checked on the fresh record, and an
 * endless stream of conflicts ends in CONCURRENT_CHANGE after a bounded number of attempts.
 */
class UserUpdateTest {
  private final RedisUsers real = new RedisUsers(TestRedis.shared().template(), AuditFeeds.of(TestRedis.shared().template()));
  private final InterleavedUsers users = new InterleavedUsers(real);
  private final RedisAuditLog audit = new RedisAuditLog(TestRedis.shared().template(), AuditFeeds.of(TestRedis.shared().template()));
  private final UserAdminUseCases directory = new UserAdminUseCases(users,
      new RedisUserGroups(TestRedis.shared().template()), actor -> true, QuietOnboarding.registered(),
      audit, Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneOffset.UTC));
  private final Actor admin = Actor.system(Channel.CONSOLE);

  private User stored(UserStatus status) {
    User u = Fixtures.user("u" + UUID.randomUUID().toString().replace("-", ""), Role.GENERAL,
        status, Set.of(), Set.of());
    assertThat(real.create(u, null)).isTrue();
    return u;
  }

  private static User titled(User u, String title) {
    return UserBuilder.from(u).title(title).build();
  }

  private static List<ErrorCode> codes(Outcome<?> o) {
    return o.violations().stream().map(Violation::code).toList();
  }

  @Test
  void aChangeMadeBetweenReadAndWriteIsKeptAndTheRoleChangeRetried() {
    User u = stored(UserStatus.ACTIVE);
    users.meanwhile(1, x -> titled(x, "部長"));

    User after = directory.changeRole(admin, u.id().value(), "PORTAL_ADMIN").orElseThrow();

    assertThat(users.updates()).isEqualTo(2);
    assertThat(after.title()).isEqualTo("部長");
    assertThat(real.byId(u.id()).orElseThrow()).isEqualTo(after);
    assertThat(after.role()).isEqualTo(Role.PORTAL_ADMIN);
  }

  @Test
  void theRuleIsCheckedAgainOnTheFreshRecord() {
    User u = stored(UserStatus.ACTIVE);
    users.meanwhile(1, x -> x.withStatus(UserStatus.DISABLED));

    assertThat(codes(directory.disableUser(admin, u.id().value())))
        .containsExactly(ErrorCode.USER_ALREADY_DISABLED);
    assertThat(real.byId(u.id()).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
    assertThat(audit.forUser(u.id().value(), 10)).extracting(AuditEvent::action)
        .doesNotContain("user.disable");
  }

  @Test
  void theAuditIsOfTheAttemptThatWonAndWrittenOnce() {
    User u = stored(UserStatus.ACTIVE);
    users.meanwhile(1, x -> x.withRole(Role.PORTAL_ADMIN));

    directory.disableUser(admin, u.id().value()).orElseThrow();

    assertThat(users.updates()).isEqualTo(2);
    assertThat(audit.forUser(u.id().value(), 10)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.disable");
      assertThat(e.actor()).isEqualTo(Channel.CONSOLE.id());
      assertThat(e.before()).isEqualTo("status=ACTIVE role=PORTAL_ADMIN");
      assertThat(e.after()).isEqualTo("status=DISABLED role=PORTAL_ADMIN");
    });
  }

  @Test
  void endlessConflictsEndInConcurrentChangeAfterBoundedAttempts() {
    User u = stored(UserStatus.ACTIVE);
    users.meanwhile(Integer.MAX_VALUE, x -> titled(x, x.title() + "x"));

    assertThat(codes(directory.changeRole(admin, u.id().value(), "PORTAL_ADMIN")))
        .containsExactly(ErrorCode.CONCURRENT_CHANGE);
    assertThat(users.updates()).isEqualTo(UserUpdate.MAX_ATTEMPTS);
    User now = real.byId(u.id()).orElseThrow();
    assertThat(now.role()).isEqualTo(Role.GENERAL);
    assertThat(now.title()).hasSize(UserUpdate.MAX_ATTEMPTS);
    assertThat(audit.forUser(u.id().value(), 10)).isEmpty();
  }

  @Test
  void aMissingUserIsNotFoundAndAnUnchangedOneIsNotWritten() {
    User u = stored(UserStatus.ACTIVE);
    assertThat(codes(directory.disableUser(admin, "nobody-" + UUID.randomUUID())))
        .containsExactly(ErrorCode.USER_NOT_FOUND);
    assertThat(directory.changeRole(admin, u.id().value(), "GENERAL").orElseThrow()).isEqualTo(u);
    assertThat(users.updates()).isZero();
  }
}
