package dev.tenso.core.forwarding;

import dev.tenso.core.inventory.IpNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answer to an inbound call to an office number (§6): the called number as telephony sends
 * it ({@code +815011110001}) to its {@link RoutingDecision}, from the number's routing record.
 * The path of every call: one read of the store, nothing that grows with the organisation.
 */
public final class CallRouting {
  private static final Pattern JAPAN_E164 = Pattern.compile("\\+81(50\\d{8})");
  private final RoutingTable table;

  public CallRouting(RoutingTable table) {
    this.table = table;
  }

  /** What a call to {@code called} does; empty when it is not a tenso number. */
  public Optional<RoutingDecision> route(String called) {
    return ipNumber(called).flatMap(table::route);
  }

  /** {@code +815011110001} (or {@code 05011110001}) as an IP number; empty for anything else. */
  public static Optional<IpNumber> ipNumber(String called) {
    if (called == null) {
      return Optional.empty();
    }
    String t = called.strip();
    var m = JAPAN_E164.matcher(t);
    String digits = m.matches() ? "0" + m.group(1) : t;
    try {
      return Optional.of(new IpNumber(digits));
    } catch (dev.tenso.core.common.InvalidValueException e) {
      return Optional.empty();
    }
  }
}
