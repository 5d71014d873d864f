package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.importer.ChangeSet;
import dev.tenso.testsupport.AuditFeeds;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import writes a user only while the user is still stored exactly as it was when the import
 * was planned: an administrator's change made in between is never overwritten (the importer
 * plans again).
 */
class ImportWriterUsersTest extends OnEachTopology {
  private final RedisUsers users = new RedisUsers(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));
  private final RedisImportWriter writer = new RedisImportWriter(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));

  private User stored() {
    User u = Fixtures.user(users.nextId(), "import-" + UUID.randomUUID() + "@example.com");
    assertThat(users.create(u, null)).isTrue();
    return u;
  }

  private static ChangeSet changing(User previous, User next) {
    return new ChangeSet(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new ChangeSet.UserChange(next, previous, null)), List.of());
  }

  @Test
  void aUserChangedSincePlanningIsNotOverwritten() {
    User planned = stored();
    User disabled = planned.withStatus(UserStatus.DISABLED);
    assertThat(users.update(planned, disabled, null)).isTrue();

    assertThat(Fixtures.write(writer, changing(planned, planned.withStatus(UserStatus.ACTIVE)))
        .userEmailKeys()).containsExactly(planned.email().key());
    assertThat(users.byId(planned.id())).contains(disabled);
  }

  @Test
  void aUserStillAsPlannedIsWritten() {
    User planned = stored();
    User promoted = planned.withRole(Role.PORTAL_ADMIN);

    assertThat(Fixtures.write(writer, changing(planned, promoted)).isEmpty()).isTrue();
    assertThat(users.byId(planned.id())).contains(promoted);
  }
}
