package dev.tenso.core.forwarding;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The forwarding rules of §5, as one pure function: every wrong field of a candidate setting,
 * one violation per field, all at once. Field names: {@code mode}, {@code ringTime},
 * {@code slot1}..{@code slot5}, {@code active}.
 */
public final class ForwardingRules {
  public static final int MIN_RING_TIME = 5;
  public static final int MAX_RING_TIME = 30;
  public static final int MIN_DESTINATION_DIGITS = 10;
  /** How many hops of other tenso numbers' forwarding are followed to find a loop. */
  static final int MAX_HOPS = 10;

  private ForwardingRules() {}

  /**
   * @param otherNumbers the setting of another tenso number, empty when the digits are not one
   */
  public static List<Violation> validate(
      NumberDetails n,
      ForwardingSetting candidate,
      Function<IpNumber, Optional<ForwardingSetting>> otherNumbers) {
    List<Violation> out = new ArrayList<>();
    if (!PlanModes.allowed(n.contract().plan()).contains(candidate.mode())) {
      out.add(Violation.of("mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN,
          "plan", n.contract().plan().name()));
    }
    int ring = candidate.ringTime();
    if (ring < MIN_RING_TIME || ring > MAX_RING_TIME) {
      out.add(new Violation("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE,
          java.util.Map.of("min", "" + MIN_RING_TIME, "max", "" + MAX_RING_TIME)));
    }
    boolean[] slotOk = new boolean[Target.SLOTS + 1];
    for (int i = 1; i <= Target.SLOTS; i++) {
      Optional<String> text = candidate.slot(i);
      if (text.isEmpty()) {
        continue;
      }
      Optional<Violation> v = destination(n, "slot" + i, text.get());
      v.ifPresent(out::add);
      slotOk[i] = v.isEmpty();
    }
    active(n, candidate, otherNumbers, slotOk).ifPresent(out::add);
    return List.copyOf(out);
  }

  /**
   * The setting {@code change} makes of {@code current}, checked against every rule: the next
   * setting, or why the change cannot be applied, or every rule it breaks.
   */
  public static Outcome<ForwardingSetting> apply(NumberDetails n, ForwardingSetting current,
      ForwardingChange change, Function<IpNumber, Optional<ForwardingSetting>> otherNumbers) {
    Outcome<ForwardingSetting> next = change.applyTo(current);
    if (!next.isOk()) {
      return next;
    }
    List<Violation> violations = validate(n, next.orElseThrow(), otherNumbers);
    return violations.isEmpty() ? next : Outcome.rejected(violations);
  }

  /** The one error of a destination text (the most specific), or empty when it is acceptable. */
  static Optional<Violation> destination(NumberDetails n, String field, String text) {
    Optional<String> parsed = Dialable.digits(text);
    if (parsed.isEmpty()) {
      return Optional.of(Violation.of(field, ErrorCode.DESTINATION_INVALID_CHARACTERS));
    }
    String d = parsed.get();
    int max = n.contract().maxDestinationDigits();
    ErrorCode code = null;
    if (d.startsWith("1")) {
      code = ErrorCode.DESTINATION_SPECIAL_NUMBER;
    } else if (!d.startsWith("0")) {
      code = ErrorCode.DESTINATION_MUST_START_WITH_ZERO;
    } else if (d.length() > max) {
      return Optional.of(Violation.of(field, ErrorCode.DESTINATION_TOO_LONG, "max", max));
    } else if (d.length() < MIN_DESTINATION_DIGITS) {
      return Optional.of(Violation.of(field, ErrorCode.DESTINATION_TOO_SHORT,
          "min", MIN_DESTINATION_DIGITS));
    } else if (d.equals(n.ip().digits())) {
      code = ErrorCode.DESTINATION_IS_SELF;
    } else if (n.number().routedByTenso() && !Dialable.fitsE164(d)) {
      code = ErrorCode.DESTINATION_NOT_E164;
    }
    return Optional.ofNullable(code).map(c -> Violation.of(field, c));
  }

  private static Optional<Violation> active(
      NumberDetails n,
      ForwardingSetting s,
      Function<IpNumber, Optional<ForwardingSetting>> otherNumbers,
      boolean[] slotOk) {
    if (s.active() instanceof Target.Voicemail) {
      return n.contract().messageBox()
          ? Optional.empty()
          : Optional.of(Violation.of("active", ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX));
    }
    int index = ((Target.Slot) s.active()).index();
    if (!s.enabled()) {
      return Optional.empty();
    }
    if (s.slot(index).isEmpty()) {
      return Optional.of(Violation.of("active", ErrorCode.SLOT_EMPTY, "slot", index));
    }
    if (slotOk[index] && leadsBack(n.ip(), s.slot(index).get(), otherNumbers)) {
      return Optional.of(Violation.of("active", ErrorCode.DESTINATION_LOOP, "slot", index));
    }
    return Optional.empty();
  }

  /** Follows other tenso numbers' enabled forwarding (any mode) from {@code first}. */
  static boolean leadsBack(
      IpNumber self, String first, Function<IpNumber, Optional<ForwardingSetting>> others) {
    Optional<String> next = Dialable.digits(first);
    for (int hop = 0; hop < MAX_HOPS && next.isPresent(); hop++) {
      String digits = next.get();
      if (hop > 0 && digits.equals(self.digits())) {
        return true;
      }
      Optional<ForwardingSetting> other = asIpNumber(digits).flatMap(others);
      if (other.isEmpty() || !other.get().enabled()) {
        return false;
      }
      next = other.get().activeDestination().flatMap(Dialable::digits);
    }
    return false;
  }

  private static Optional<IpNumber> asIpNumber(String digits) {
    try {
      return Optional.of(new IpNumber(digits));
    } catch (dev.tenso.core.common.InvalidValueException e) {
      return Optional.empty();
    }
  }
}
