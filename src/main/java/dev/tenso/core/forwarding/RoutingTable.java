package dev.tenso.core.forwarding;

import dev.tenso.core.inventory.IpNumber;
import java.util.Optional;

/**
 * Port: the routing record of each number, what an inbound call does (§6), kept ready to answer
 * from one read. Written by {@link ForwardingStore#compareAndSet} with every forwarding change and
 * by the import with every number it adds or changes, and at start-up for a number that has none
 * yet ({@link RoutingRecords#backfill}). Implementations
 * throw {@link dev.tenso.core.common.StoreUnavailableException} when the store cannot be reached.
 */
public interface RoutingTable {

  /** The routing record of {@code number} (one read), or empty when none is stored. */
  Optional<RoutingDecision> route(IpNumber number);

  /**
   * Writes {@code route} only when the number has no record yet and its forwarding is still at
   * {@code forwardingVersion} (what it was decided from); false when it wrote nothing.
   */
  boolean addIfMissing(IpNumber number, long forwardingVersion, RoutingDecision route);

  /** True once {@link RoutingRecords#backfill} went through every number of this store. */
  boolean backfilled();

  /** Remembers that every number has a record; later numbers get theirs from their writes. */
  void markBackfilled();
}
