package dev.tenso.core.forwarding;

import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.inventory.IpNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a destination's calls end up through other tenso numbers: their enabled forwarding (any
 * mode) is followed, at most {@link #MAX_HOPS} hops, to find a loop back to the number being set
 * (A to B to A, A to B to C to A). A tenso number entered as {@code 010-81-...} is the same number.
 */
final class ForwardingChain {
  /** How many hops of other tenso numbers' forwarding are followed to find a loop. */
  static final int MAX_HOPS = 10;

  private ForwardingChain() {}

  /**
   * @param others the setting of another tenso number, empty when the digits are not one
   * @return the tenso numbers the calls pass through before they come back to {@code self}, in
   *     order; empty when they do not come back
   */
  static Optional<List<IpNumber>> backTo(
      IpNumber self, String first, Function<IpNumber, Optional<ForwardingSetting>> others) {
    List<IpNumber> through = new ArrayList<>();
    Optional<String> next = Dialable.digits(first);
    for (int hop = 0; hop < MAX_HOPS && next.isPresent(); hop++) {
      Optional<IpNumber> ip = next.flatMap(Dialable::national).flatMap(ForwardingChain::asIpNumber);
      if (hop > 0 && ip.filter(self::equals).isPresent()) {
        return Optional.of(List.copyOf(through));
      }
      Optional<ForwardingSetting> other = ip.flatMap(others);
      if (other.isEmpty() || !other.get().enabled()) {
        return Optional.empty();
      }
      through.add(ip.get());
      next = other.get().activeDestination().flatMap(Dialable::digits);
    }
    return Optional.empty();
  }

  private static Optional<IpNumber> asIpNumber(String digits) {
    try {
      return Optional.of(new IpNumber(digits));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
