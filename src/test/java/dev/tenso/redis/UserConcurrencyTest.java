package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.QuietOnboarding;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two administrators change two different fields of one user at the same instant, through the
 * use cases on a real Redis: neither change is lost. (Before users were a compare-and-set, the
 * later whole-record write silently undid the other one, e.g. re-activated a disabled user.)
 */
class UserConcurrencyTest extends OnEachTopology {
  private static final int ROUNDS = 100;
  private final RedisUsers users = new RedisUsers(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));
  private final UserAdminUseCases directory = new UserAdminUseCases(users,
      new RedisUserGroups(Fixtures.shared()), actor -> true,
      QuietOnboarding.registered(), new RedisAuditLog(Fixtures.shared(), AuditFeeds.of(Fixtures.shared())),
      Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
  private final Actor admin = Actor.system(Channel.CONSOLE);

  @Test
  void disablingAndChangingTheRoleAtOnceKeepsBothChanges() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> lost = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        User u = Fixtures.user(users.nextId(), "race-" + UUID.randomUUID() + "@example.com");
        assertThat(users.create(u, null)).isTrue();
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Outcome<User>> disable = pool.submit(at(start,
            () -> directory.disableUser(admin, u.id().value())));
        Future<Outcome<User>> promote = pool.submit(at(start,
            () -> directory.changeRole(admin, u.id().value(), "PORTAL_ADMIN")));
        assertThat(disable.get().isOk()).as("disable answered %s", disable.get()).isTrue();
        assertThat(promote.get().isOk()).as("role answered %s", promote.get()).isTrue();
        User stored = users.byId(u.id()).orElseThrow();
        if (stored.status() != UserStatus.DISABLED || stored.role() != Role.PORTAL_ADMIN) {
          lost.add("round " + round + ": " + stored.status() + " " + stored.role());
        }
      }
    } finally {
      pool.shutdown();
    }
    assertThat(lost).as("rounds where one of the two changes was lost").isEmpty();
  }

  private static <T> Callable<T> at(CyclicBarrier start, Callable<T> work) {
    return () -> {
      start.await();
      return work.call();
    };
  }
}
