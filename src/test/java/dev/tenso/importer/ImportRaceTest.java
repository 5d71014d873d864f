package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.redis.RedisImportWriter;
import dev.tenso.testsupport.AuditFeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone changes a user and a number's forwarding after the import read them and before it
 * commits: the commit does not overwrite those changes; the two rows are planned again from what
 * is stored now (the disabled user stays disabled, the forwarding is written on top, audited
 * from what it really was), and everything else of the file is written once.
 */
class ImportRaceTest {
  @RegisterExtension static final ImportFixture f = new ImportFixture();
  @TempDir Path dir;

  /** The real writer, with one change by "someone else" just before the first commit. */
  private static ImportWriter meanwhile(Runnable change) {
    var real = new RedisImportWriter(f.redis, AuditFeeds.of(f.redis));
    return new ImportWriter() {
      private boolean done;

      @Override
      public StoredRows read(StoredRows.Wanted wanted) {
        return real.read(wanted);
      }

      @Override
      public int recover() {
        return real.recover();
      }

      @Override
      public Staging stage() {
        Staging staging = real.stage();
        return new Staging() {
          @Override
          public void add(ChangeSet changes) {
            staging.add(changes);
          }

          @Override
          public Conflicts commit() {
            if (!done) {
              done = true;
              change.run();
            }
            return staging.commit();
          }

          @Override
          public void close() {
            staging.close();
          }
        };
      }
    };
  }

  @Test
  void changesMadeWhileImportingAreKeptAndTheirRowsPlannedAgain() throws Exception {
    String org = """
        voiceGroups: [{id: Y1, name: 本社}]
        sites: [{id: S1, name: 東京, voiceGroup: Y1, opened: true}]
        contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
        numbers:
          - {number: 050-1111-0001, contract: N1,
             forwarding: {enabled: true, destinations: [%s], active: 1}}
        users:
          - {email: late@example.com, name: %s, phone: 03-1111-2222, language: ja,
             secondFactor: MAIL_OTP, timezone: Asia/Tokyo}
        """;
    Path file = dir.resolve("org.yaml");
    Files.writeString(file, org.formatted("090-1111-1111", "遅 太郎"));
    f.importer.load(file.toString());
    var number = IpNumber.of("050-1111-0001");
    var theirs = f.forwarding.get(number).value().withSlot(2, "03-9999-9999");
    Files.writeString(file, org.formatted("090-2222-2222", "遅 次郎"));

    f.importer(meanwhile(() -> {
      var u = f.users.byEmail(Email.of("late@example.com")).orElseThrow();
      assertThat(f.users.update(u, u.withStatus(UserStatus.DISABLED), null)).isTrue();
      assertThat(f.forwarding.compareAndSet(number, 1, theirs,
          new RoutingDecision.RingTerminal("sip:test@example.com", 30), new AuditEvent(Instant.EPOCH,
          "someone", "slack", "forwarding.change", number.digits(), "", "", ""))).isTrue();
    })).load(file.toString());

    var user = f.users.byEmail(Email.of("late@example.com")).orElseThrow();
    assertThat(user.status()).isEqualTo(UserStatus.DISABLED);
    assertThat(user.name()).isEqualTo("遅 次郎");
    var fwd = f.forwarding.get(number);
    assertThat(fwd.version()).isEqualTo(3);
    assertThat(fwd.value().slots()).startsWith("090-2222-2222", null);
    var events = f.audit.forNumber(number.digits(), 10);
    assertThat(events).extracting(AuditEvent::actor).containsExactly("import", "someone", "import");
    assertThat(events.get(0).before()).isEqualTo(AuditFormat.format(theirs));
    assertThat(f.audit.forUser(user.id().value(), 10)).extracting(AuditEvent::action)
        .containsExactly("user.update", "user.add");
    assertThat(f.redis.keys("tenso:import:*")).isEmpty();
  }
}
