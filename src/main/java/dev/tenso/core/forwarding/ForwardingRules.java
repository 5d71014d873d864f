package dev.tenso.core.forwarding;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The forwarding rules of §5, as one pure function: every wrong field of a candidate setting,
 * one violation per field, all at once. Field names: {@code mode}, {@code ringTime},
 * {@code slot1}..{@code slot5}, {@code active}.
 */
public final class ForwardingRules {
  public static final int MIN_RING_TIME = 5;
  public static final int MAX_RING_TIME = 30;
  public static final int MIN_DESTINATION_DIGITS = 10;

  private ForwardingRules() {}

  /**
   * {@link #validate(NumberDetails, ForwardingSetting, Function, Predicate)} for an actor who sees
   * every number (an administrator, the import).
   */
  public static List<Violation> validate(
      NumberDetails n,
      ForwardingSetting candidate,
      Function<IpNumber, Optional<ForwardingSetting>> otherNumbers) {
    return validate(n, candidate, otherNumbers, ip -> true);
  }

  /**
   * @param otherNumbers the setting of another tenso number, empty when the digits are not one
   * @param inScope whether the acting user may see a tenso number: a loop through a number they
   *     may not see is refused as DESTINATION_NOT_ALLOWED, which names no number and no setting
   */
  public static List<Violation> validate(
      NumberDetails n,
      ForwardingSetting candidate,
      Function<IpNumber, Optional<ForwardingSetting>> otherNumbers,
      Predicate<IpNumber> inScope) {
    List<Violation> out = new ArrayList<>();
    if (!PlanModes.allowed(n.contract().plan()).contains(candidate.mode())) {
      out.add(Violation.of("mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN,
          "plan", n.contract().plan().name()));
    }
    int ring = candidate.ringTime();
    if (ring < MIN_RING_TIME || ring > MAX_RING_TIME) {
      out.add(new Violation("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE,
          Map.of("min", "" + MIN_RING_TIME, "max", "" + MAX_RING_TIME)));
    }
    boolean[] slotOk = new boolean[Target.SLOTS + 1];
    for (int i = 1; i <= Target.SLOTS; i++) {
      Optional<String> text = candidate.slot(i);
      if (text.isEmpty()) {
        continue;
      }
      Optional<Violation> v = DestinationRule.check(n, "slot" + i, text.get());
      v.ifPresent(out::add);
      slotOk[i] = v.isEmpty();
    }
    active(n, candidate, otherNumbers, inScope, slotOk).ifPresent(out::add);
    return List.copyOf(out);
  }

  /**
   * A change's next setting, checked, and what it keeps that today's rules no longer allow: only
   * turning off has such warnings, since 転送しない always works (the stored setting may predate a
   * rule or a contract change); every other change is refused instead.
   */
  public record Checked(ForwardingSetting setting, List<Violation> warnings) {
    public Checked {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The setting {@code change} makes of {@code current}, checked against every rule: the next
   * setting, or every part that cannot be applied together with every rule the rest breaks.
   * A change that only turns forwarding off always succeeds, with what the kept setting breaks
   * as warnings; the next change that turns it on again is checked in full.
   */
  public static Outcome<Checked> apply(NumberDetails n, ForwardingSetting current,
      ForwardingChange change, Function<IpNumber, Optional<ForwardingSetting>> otherNumbers,
      Predicate<IpNumber> inScope) {
    ForwardingChange.Applied applied = change.apply(current);
    ForwardingSetting next = applied.setting();
    List<Violation> broken = validate(n, next, otherNumbers, inScope);
    if (applied.refused().isEmpty() && next.equals(current.withEnabled(false))) {
      return Outcome.ok(new Checked(next, broken));
    }
    // A refused target (a bad slot number, a number that found no slot) stands for the active
    // target; what the rules say of the old one would only confuse.
    boolean targetRefused = applied.refused().stream()
        .anyMatch(v -> v.field().equals("active") || v.field().equals("destination"));
    List<Violation> all = new ArrayList<>(applied.refused());
    broken.stream().filter(v -> !(targetRefused && v.field().equals("active"))).forEach(all::add);
    return all.isEmpty() ? Outcome.ok(new Checked(next, List.of())) : Outcome.rejected(all);
  }

  private static Optional<Violation> active(
      NumberDetails n,
      ForwardingSetting s,
      Function<IpNumber, Optional<ForwardingSetting>> otherNumbers,
      Predicate<IpNumber> inScope,
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
    if (!slotOk[index]) {
      return Optional.empty();
    }
    return ForwardingChain.backTo(n.ip(), s.slot(index).get(), otherNumbers)
        .map(through -> through.stream().allMatch(inScope)
            ? Violation.of("active", ErrorCode.DESTINATION_LOOP, "slot", index)
            : Violation.of("active", ErrorCode.DESTINATION_NOT_ALLOWED));
  }
}
