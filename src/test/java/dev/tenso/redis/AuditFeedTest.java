package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamRecords;

/**
 * The views that span slots are fed after the change: what a stopped writer left unfed is fed by
 * the sweep (on every primary of a cluster), an event fed twice is shown once, and every stream
 * written is trimmed to the retention with MINID.
 */
class AuditFeedTest extends OnEachTopology {
  private final AuditFeed feed = new AuditFeed(Fixtures.shared(), Duration.ofDays(400),
      Clock.systemUTC());
  private final RedisAuditLog log = new RedisAuditLog(Fixtures.shared(), feed);

  private static String id(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }

  /** What a writer that stopped right after its script leaves: the event, marked unfed. */
  private void writtenNotFed(AuditEvent e) {
    String origin = AuditCodec.origin(e);
    List<String> args = new ArrayList<>(List.of(feed.minId()));
    Scripts.addPairs(args, AuditCodec.fields(e));
    Fixtures.shared().execute(Scripts.AUDIT_APPEND, List.of(origin, Keys.unfed(origin)),
        args.toArray());
  }

  @Test
  void whatAStoppedWriterLeftIsFedByTheSweepOnceAndShownOnce() {
    String actor = id("a");
    String subject = id("s");
    var onNumber = new AuditEvent(Fixtures.NOW, actor, "phone", "forwarding.change",
        Fixtures.uniqueNumber().digits(), "", "off", "on");
    var onUser = new AuditEvent(Fixtures.NOW, actor, "slack", "user.role", "", subject,
        "GENERAL", "PORTAL_ADMIN");
    writtenNotFed(onNumber);
    writtenNotFed(onUser);
    assertThat(log.forNumber(onNumber.number(), 10)).containsExactly(onNumber);
    assertThat(log.forUser(actor, 10)).isEmpty();

    assertThat(feed.sweep()).isGreaterThanOrEqualTo(2);

    assertThat(log.forUser(actor, 10)).containsExactlyInAnyOrder(onNumber, onUser);
    assertThat(log.forUser(subject, 10)).containsExactly(onUser);
    assertThat(log.all(1_000)).contains(onNumber, onUser);
    assertThat(Fixtures.shared().hasKey(Keys.unfed(Keys.numberAudit(onNumber.number()))))
        .isFalse();

    // fed again (a feeder that stopped before moving the mark): stored twice, shown once
    Fixtures.shared().opsForValue().set(Keys.unfed(Keys.numberAudit(onNumber.number())), "0-0");
    feed.feed(List.of(Keys.numberAudit(onNumber.number())));
    assertThat(Fixtures.shared().opsForStream().size(Keys.userAudit(actor))).isEqualTo(3);
    assertThat(log.forUser(actor, 10)).containsExactlyInAnyOrder(onNumber, onUser);
  }

  @Test
  void aServerThatForgotItsScriptsStillFeedsEachEventOnce() {
    String actor = id("a");
    var e = new AuditEvent(Fixtures.NOW, actor, "phone", "forwarding.change",
        Fixtures.uniqueNumber().digits(), "", "off", "on");
    writtenNotFed(e);
    Fixtures.shared().execute((org.springframework.data.redis.core.RedisCallback<Void>) c -> {
      c.scriptingCommands().scriptFlush(); // as a restarted or newly promoted server
      return null;
    });

    feed.feed(List.of(Keys.numberAudit(e.number())));

    assertThat(log.forUser(actor, 10)).containsExactly(e);
    assertThat(Fixtures.shared().opsForStream().size(Keys.userAudit(actor))).isEqualTo(1);
    assertThat(Fixtures.shared().hasKey(Keys.unfed(Keys.numberAudit(e.number())))).isFalse();
  }

  @Test
  void eventsOlderThanTheRetentionAreTrimmedWhenTheirStreamIsWritten() {
    String actor = id("a");
    String number = Fixtures.uniqueNumber().digits();
    var old = new AuditEvent(Fixtures.NOW, actor, "phone", "forwarding.change", number, "", "a",
        "b");
    long longAgo = Instant.now().minus(Duration.ofDays(401)).toEpochMilli();
    for (String stream : List.of(Keys.numberAudit(number), Keys.userAudit(actor))) {
      Fixtures.shared().opsForStream().add(StreamRecords.string(AuditCodec.fields(old))
          .withStreamKey(stream).withId(RecordId.of(longAgo, 0)));
    }
    assertThat(log.forNumber(number, 10)).containsExactly(old);
    var next = new AuditEvent(Fixtures.NOW, actor, "phone", "forwarding.change", number, "", "b",
        "c");

    log.append(next);

    assertThat(log.forNumber(number, 10)).containsExactly(next);
    assertThat(log.forUser(actor, 10)).containsExactly(next);
  }
}
