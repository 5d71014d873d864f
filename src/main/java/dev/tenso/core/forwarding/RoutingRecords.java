package dev.tenso.core.forwarding;

import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import java.util.Optional;

/**
 * Gives every number a routing record: the data of a tenso from before routing records (or a
 * store restored without them) would otherwise answer every call with an apology. Run at
 * start-up, not on any request path, and only until it has gone through the store once (every
 * number added later gets its record from the import or its change); a number changed meanwhile
 * is left to its change.
 */
public final class RoutingRecords {
  private RoutingRecords() {}

  /** @return how many records were written */
  public static int backfill(Inventory inventory, ForwardingStore store, RoutingTable table) {
    if (table.backfilled()) {
      return 0;
    }
    int written = 0;
    for (OfficeNumber n : inventory.numbers()) {
      IpNumber ip = n.number();
      if (table.route(ip).isPresent()) {
        continue;
      }
      Optional<NumberDetails> details = inventory.details(ip);
      if (details.isEmpty()) {
        continue;
      }
      Versioned<ForwardingSetting> s = store.get(ip);
      if (table.addIfMissing(ip, s.version(), RoutingDecision.decide(details.get(), s.value()))) {
        written++;
      }
    }
    table.markBackfilled();
    return written;
  }
}
