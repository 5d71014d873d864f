package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.AuditFeeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 200 writers change one number at once: none is lost, and the audit chain is unbroken. */
class ForwardingConcurrencyTest extends OnEachTopology {
  private static final int WRITERS = 200;

  @Test
  void twoHundredConcurrentChangesLoseNone() throws Exception {
    var store = new RedisForwardingStore(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));
    var audit = new RedisAuditLog(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));
    IpNumber n = Fixtures.uniqueNumber();
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        String destination = String.format("090-0000-%04d", i);
        done.add(pool.submit(() -> {
          while (true) {
            var current = store.get(n);
            var next = current.value().withEnabled(true).withSlot(1, destination);
            AuditEvent e = Fixtures.change("writer", n, current.value(), next);
            if (store.compareAndSet(n, current.version(), next, Fixtures.RING, e)) {
              return;
            }
            conflicts.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(store.get(n).version()).isEqualTo(WRITERS);
    List<AuditEvent> events = new ArrayList<>(audit.forNumber(n.digits(), 1000));
    assertThat(events).hasSize(WRITERS);
    Collections.reverse(events);
    assertThat(events.get(0).before()).isEqualTo(Fixtures.text(ForwardingSetting.initial()));
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).before()).as("event %d", i).isEqualTo(events.get(i - 1).after());
    }
    assertThat(events.get(WRITERS - 1).after()).isEqualTo(Fixtures.text(store.get(n).value()));
    assertThat(events.stream().map(AuditEvent::after).distinct()).hasSize(WRITERS);
  }
}
