package dev.tenso.importer;

import dev.tenso.core.common.Violation;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.NumberDetails;
import java.util.List;

/**
 * The forwarding rules (§5 of the domain), asked for every number row with a forwarding. The
 * lead wires it to the core's {@code ForwardingRules}; each violation's field is a key of the
 * row's {@code forwarding} map ({@code mode}, {@code ringTime}, {@code destinations},
 * {@code active}; {@code destinations[2]} or {@code slot3} point at one destination).
 */
@FunctionalInterface
public interface ForwardingCheck {
  List<Violation> check(NumberDetails number, ForwardingSetting setting);
}
