package dev.tenso.importer;

import dev.tenso.core.common.Violation;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.IpNumber;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The forwarding rules (§5 of the domain), asked for every number row with a forwarding. The
 * lead wires it to the core's {@code ForwardingRules}; each violation's field is a key of the
 * row's {@code forwarding} map ({@code mode}, {@code ringTime}, {@code destinations},
 * {@code active}; {@code destinations[2]} or {@code slot3} point at one destination).
 */
@FunctionalInterface
public interface ForwardingCheck {
  /**
   * @param inFile the forwarding another number gets from the same file, if the file sets one;
   *     numbers the file does not set keep what the store has
   */
  List<Violation> check(NumberDetails number, ForwardingSetting setting,
      Function<IpNumber, Optional<ForwardingSetting>> inFile);
}
