package dev.tenso.core.forwarding;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.inventory.IpNumber;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * A {@link ForwardingStore} that tells the {@link ForwardingListener}s of every change it wrote,
 * on an executor, so they run after the channel's answer and never delay or undo it.
 */
public final class ListenedForwardingStore implements ForwardingStore {
  private final ForwardingStore store;
  private final Supplier<List<ForwardingListener>> listeners;
  private final Executor executor;

  /** @param listeners asked at each change (so they may be built after the store) */
  public ListenedForwardingStore(ForwardingStore store, Supplier<List<ForwardingListener>> listeners,
      Executor executor) {
    this.store = store;
    this.listeners = listeners;
    this.executor = executor;
  }

  @Override
  public Versioned<ForwardingSetting> get(IpNumber number) {
    return store.get(number);
  }

  @Override
  public boolean compareAndSet(
      IpNumber number, long expectedVersion, ForwardingSetting next, AuditEvent event) {
    boolean written = store.compareAndSet(number, expectedVersion, next, event);
    if (written) {
      for (ForwardingListener l : listeners.get()) {
        try {
          executor.execute(() -> tell(l, number, event));
        } catch (RejectedExecutionException e) {
          // shutting down: a view that is not refreshed is refreshed on its next opening
        }
      }
    }
    return written;
  }

  private static void tell(ForwardingListener l, IpNumber number, AuditEvent event) {
    try {
      l.changed(number, event);
    } catch (RuntimeException e) {
      // a listener that fails never undoes the change; it logs its own failures
    }
  }
}
