package dev.tenso.core.forwarding;

import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.NumberDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * A number with its forwarding, as the use cases answer: for {@code show} before equals after;
 * for a change, the setting before and after it ({@code changed} false when nothing differed and
 * nothing was written).
 *
 * @param warnings what the setting keeps that today's rules no longer allow (a field and an error
 *     code each, as a refusal would name them), after a turn-off that succeeded anyway; channels
 *     show them after {@code forwarding.offWithWarnings}. Empty otherwise.
 */
public record ForwardingView(NumberDetails details, ForwardingSetting before,
    ForwardingSetting after, boolean changed, List<Violation> warnings) {

  public ForwardingView {
    warnings = List.copyOf(warnings);
  }

  public static ForwardingView of(NumberDetails details, ForwardingSetting current) {
    return new ForwardingView(details, current, current, false, List.of());
  }

  public ForwardingSetting setting() {
    return after;
  }

  /** One saved destination (転送先設定, リスト1-5) and whether it is the one forwarded to. */
  public record SavedDestination(int slot, String number, boolean active) {}

  /** The non-empty slots of the current setting, in slot order. */
  public List<SavedDestination> destinations() {
    List<SavedDestination> out = new ArrayList<>();
    for (int i = 1; i <= Target.SLOTS; i++) {
      int slot = i;
      after.slot(i).ifPresent(text ->
          out.add(new SavedDestination(slot, text, after.active().equals(Target.slot(slot)))));
    }
    return out;
  }
}
