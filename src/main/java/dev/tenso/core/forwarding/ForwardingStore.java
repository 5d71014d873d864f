package dev.tenso.core.forwarding;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.inventory.IpNumber;

/**
 * Port: the forwarding setting of each number, written by compare-and-set. Implementations throw
 * {@link dev.tenso.core.common.StoreUnavailableException} when the store cannot be reached.
 */
public interface ForwardingStore {

  /** The current setting and its version; {@link ForwardingSetting#initial()} at version 0. */
  Versioned<ForwardingSetting> get(IpNumber number);

  /**
   * Writes {@code next} only when the stored version is still {@code expectedVersion}, and appends
   * {@code event} to the audit log in the same atomic step: a change is never stored without its
   * audit event, nor audited without being stored. The number's routing record ({@code route},
   * what {@link RoutingTable} answers a call from) is replaced in the same step, so calls follow
   * the setting the moment it is stored.
   *
   * @return true when written; false when another change came first (read again and retry)
   */
  boolean compareAndSet(IpNumber number, long expectedVersion, ForwardingSetting next,
      RoutingDecision route, AuditEvent event);
}
