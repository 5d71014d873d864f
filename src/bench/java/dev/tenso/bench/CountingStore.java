package dev.tenso.bench;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.IpNumber;
import java.util.concurrent.atomic.LongAdder;

/** The real Redis store, counting compare-and-set attempts and the ones another change beat. */
final class CountingStore implements ForwardingStore {
  private final ForwardingStore real;
  final LongAdder attempts = new LongAdder();
  final LongAdder lost = new LongAdder();

  CountingStore(ForwardingStore real) {
    this.real = real;
  }

  @Override
  public Versioned<ForwardingSetting> get(IpNumber number) {
    return real.get(number);
  }

  @Override
  public boolean compareAndSet(IpNumber number, long expectedVersion, ForwardingSetting next,
      RoutingDecision route, AuditEvent event) {
    attempts.increment();
    boolean written = real.compareAndSet(number, expectedVersion, next, route, event);
    if (!written) {
      lost.increment();
    }
    return written;
  }

  void reset() {
    attempts.reset();
    lost.reset();
  }
}
