package dev.tenso.core.forwarding;

import dev.tenso.core.inventory.IpNumber;
import java.util.Optional;

/**
 * Port: the routing record of each number, what an inbound call does (§6), kept ready to answer
 * from one read. Written by {@link ForwardingStore#compareAndSet} with every forwarding change and
 * by the import with every number it adds or changes; never written on its own. Implementations
 * throw {@link dev.tenso.core.common.StoreUnavailableException} when the store cannot be reached.
 */
public interface RoutingTable {

  /** The routing record of {@code number} (one read), or empty when none is stored. */
  Optional<RoutingDecision> route(IpNumber number);
}
