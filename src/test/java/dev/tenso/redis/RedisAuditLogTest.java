package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.testsupport.AuditFeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedisAuditLogTest extends OnEachTopology {
  private final RedisAuditLog log = new RedisAuditLog(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));

  @Test
  void eventsAreReadNewestFirstPerNumberAndPerUserWithALimit() {
    String number = Fixtures.uniqueNumber().digits();
    String admin = "a" + UUID.randomUUID().toString().replace("-", "");
    String subject = "b" + UUID.randomUUID().toString().replace("-", "");
    List<AuditEvent> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      var e = new AuditEvent(Fixtures.NOW.plusSeconds(i), admin, "console", "user.role", number,
          subject, "GENERAL", "PORTAL_ADMIN " + i);
      log.append(e);
      written.add(e);
    }
    assertThat(log.forNumber(number, 3))
        .containsExactly(written.get(4), written.get(3), written.get(2));
    assertThat(log.forUser(admin, 10)).hasSize(5).first().isEqualTo(written.get(4));
    assertThat(log.forUser(subject, 10)).hasSize(5);
  }

  @Test
  void theImportIsNotAUserStream() {
    String number = Fixtures.uniqueNumber().digits();
    log.append(new AuditEvent(Fixtures.NOW, "import", "import", "forwarding.change", number, "",
        "a", "b"));
    assertThat(log.forUser("import", 1000)).noneMatch(e -> e.number().equals(number));
    assertThat(log.forNumber(number, 10)).hasSize(1);
  }

  @Test
  void anUnknownNumberHasNoEvents() {
    assertThat(log.forNumber(Fixtures.uniqueNumber().digits(), 10)).isEmpty();
  }
}
