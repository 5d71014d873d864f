package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.AuditFeeds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedisForwardingStoreTest extends OnEachTopology {
  private final RedisForwardingStore store = new RedisForwardingStore(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));
  private final RedisAuditLog audit = new RedisAuditLog(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));

  @Test
  void aNumberNeverSetIsOffAtVersionZero() {
    var v = store.get(Fixtures.uniqueNumber());
    assertThat(v.version()).isZero();
    assertThat(v.value()).isEqualTo(ForwardingSetting.initial());
  }

  @Test
  void aChangeRoundTripsBumpsTheVersionAndIsAuditedEverywhere() {
    IpNumber n = Fixtures.uniqueNumber();
    String actor = "u" + UUID.randomUUID().toString().replace("-", "");
    String subject = "s" + UUID.randomUUID().toString().replace("-", "");
    var next = ForwardingSetting.initial().withEnabled(true).withMode(ForwardingMode.NO_ANSWER)
        .withRingTime(15).withSlot(1, "090-1234-5678").withSlot(3, "03-1234-5678")
        .withActive(Target.slot(3));
    var event = new AuditEvent(Fixtures.NOW, actor, "phone", "forwarding.change", n.digits(),
        subject, "before", "after");

    assertThat(store.compareAndSet(n, 0, next, Fixtures.RING, event)).isTrue();

    var read = store.get(n);
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.value()).isEqualTo(next);
    assertThat(audit.forNumber(n.digits(), 10)).containsExactly(event);
    assertThat(audit.forUser(actor, 10)).containsExactly(event);
    assertThat(audit.forUser(subject, 10)).containsExactly(event);
    assertThat(audit.all(100)).contains(event);
  }

  @Test
  void aStaleVersionWritesNothingAndAuditsNothing() {
    IpNumber n = Fixtures.uniqueNumber();
    var first = ForwardingSetting.initial().withEnabled(true).withSlot(1, "090-1111-2222");
    assertThat(store.compareAndSet(n, 0, first, Fixtures.RING,
        Fixtures.change("import", n, ForwardingSetting.initial(), first))).isTrue();

    var second = first.withActive(Target.voicemail());
    assertThat(store.compareAndSet(n, 0, second, Fixtures.RING,
        Fixtures.change("import", n, first, second)))
        .isFalse();

    assertThat(store.get(n).value()).isEqualTo(first);
    assertThat(store.get(n).version()).isEqualTo(1);
    assertThat(audit.forNumber(n.digits(), 10)).hasSize(1);
  }

  @Test
  void turningOffKeepsTheSlots() {
    IpNumber n = Fixtures.uniqueNumber();
    var on = ForwardingSetting.initial().withEnabled(true).withSlot(5, "0120-000-111")
        .withActive(Target.slot(5));
    store.compareAndSet(n, 0, on, Fixtures.RING,
        Fixtures.change("system", n, ForwardingSetting.initial(), on));
    var off = on.withEnabled(false);
    assertThat(store.compareAndSet(n, 1, off, Fixtures.RING,
        Fixtures.change("system", n, on, off))).isTrue();
    assertThat(store.get(n).value().slot(5)).contains("0120-000-111");
    assertThat(store.get(n).value().enabled()).isFalse();
  }
}
