package dev.tenso.core.forwarding;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a channel asks to change in one number's forwarding: the whole setting, or some of its
 * parts. Applied to the current setting inside the compare-and-set loop, so a part never
 * overwrites what another change did to the other parts. Only the parts given are changed.
 *
 * @param whole a replacement for the whole setting, applied first, or null
 * @param slots slot index to its new text; an empty text clears the slot
 * @param active {@code "1"}..{@code "5"} or {@code "VOICEMAIL"}, or null
 * @param place a number to put into a slot and forward to (see {@link #turnOnToNumber}), or null
 */
public record ForwardingChange(
    ForwardingSetting whole,
    Boolean enabled,
    ForwardingMode mode,
    Integer ringTime,
    Map<Integer, String> slots,
    String active,
    String place) {

  public ForwardingChange {
    slots = slots == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
  }

  /** A change that changes nothing; add parts with the {@code with...} methods. */
  public static ForwardingChange none() {
    return new ForwardingChange(null, null, null, null, Map.of(), null, null);
  }

  public static ForwardingChange replaceAll(ForwardingSetting setting) {
    return new ForwardingChange(setting, null, null, null, Map.of(), null, null);
  }

  /** 転送する, to the number saved in slot 1-5. */
  public static ForwardingChange turnOnToSlot(int slot) {
    return none().withEnabled(true).withActive(Integer.toString(slot));
  }

  /**
   * 転送する, to a number entered now: a slot already holding the same digits is reused, else
   * the first empty slot takes it; with all five slots full the change is refused (SLOTS_FULL).
   */
  public static ForwardingChange turnOnToNumber(String number) {
    return new ForwardingChange(null, true, null, null, Map.of(), null,
        number == null ? "" : number.strip());
  }

  /** 転送する, to voicemail (留守番電話). */
  public static ForwardingChange turnOnToVoicemail() {
    return none().withEnabled(true).withActive("VOICEMAIL");
  }

  /** 転送しない: keeps mode, ring time, slots and the active target. */
  public static ForwardingChange turnOff() {
    return none().withEnabled(false);
  }

  /**
   * The parts in which {@code wanted} differs from {@code shown}: what a form changed. Applied to
   * the latest setting, it keeps what another change did meanwhile to the parts the form left.
   */
  public static ForwardingChange between(ForwardingSetting shown, ForwardingSetting wanted) {
    ForwardingChange c = none();
    if (shown.enabled() != wanted.enabled()) {
      c = c.withEnabled(wanted.enabled());
    }
    if (shown.mode() != wanted.mode()) {
      c = c.withMode(wanted.mode());
    }
    if (shown.ringTime() != wanted.ringTime()) {
      c = c.withRingTime(wanted.ringTime());
    }
    for (int i = 1; i <= Target.SLOTS; i++) {
      if (!shown.slot(i).equals(wanted.slot(i))) {
        c = c.withSlot(i, wanted.slot(i).orElse(""));
      }
    }
    return shown.active().equals(wanted.active()) ? c : c.withActive(wanted.active());
  }

  public ForwardingChange withEnabled(boolean on) {
    return new ForwardingChange(whole, on, mode, ringTime, slots, active, place);
  }

  public ForwardingChange withMode(ForwardingMode m) {
    return new ForwardingChange(whole, enabled, m, ringTime, slots, active, place);
  }

  public ForwardingChange withRingTime(int seconds) {
    return new ForwardingChange(whole, enabled, mode, seconds, slots, active, place);
  }

  /** Sets slot 1-5 to {@code text}; a null or blank text clears it. */
  public ForwardingChange withSlot(int index, String text) {
    Map<Integer, String> copy = new LinkedHashMap<>(slots);
    copy.put(index, text == null ? "" : text);
    return new ForwardingChange(whole, enabled, mode, ringTime, copy, active, place);
  }

  public ForwardingChange withActive(String targetCode) {
    return new ForwardingChange(whole, enabled, mode, ringTime, slots, targetCode, place);
  }

  public ForwardingChange withActive(Target target) {
    return withActive(target.code());
  }

  /** The setting after this change, or every part of it that cannot be applied. */
  public Outcome<ForwardingSetting> applyTo(ForwardingSetting current) {
    Applied a = apply(current);
    return a.refused().isEmpty() ? Outcome.ok(a.setting()) : Outcome.rejected(a.refused());
  }

  /**
   * The setting after every part of this change that can be applied, and why each other part
   * cannot (one violation per part), so the rules can still check the rest.
   */
  record Applied(ForwardingSetting setting, List<Violation> refused) {}

  Applied apply(ForwardingSetting current) {
    List<Violation> refused = new ArrayList<>();
    ForwardingSetting s = whole != null ? whole : current;
    if (enabled != null) {
      s = s.withEnabled(enabled);
    }
    if (mode != null) {
      s = s.withMode(mode);
    }
    if (ringTime != null) {
      s = s.withRingTime(ringTime);
    }
    for (Map.Entry<Integer, String> e : slots.entrySet()) {
      if (e.getKey() < 1 || e.getKey() > Target.SLOTS) {
        refused.add(Violation.of("slot", ErrorCode.SLOT_OUT_OF_RANGE));
      } else {
        s = s.withSlot(e.getKey(), e.getValue());
      }
    }
    if (active != null) {
      try {
        s = s.withActive(Target.parse(active));
      } catch (InvalidValueException e) {
        refused.add(Violation.of("active", e.code()));
      }
    }
    if (place != null) {
      Outcome<ForwardingSetting> placed = placeNumber(s);
      refused.addAll(placed.violations());
      s = placed.isOk() ? placed.orElseThrow() : s;
    }
    return new Applied(s, refused.stream().distinct().toList());
  }

  private Outcome<ForwardingSetting> placeNumber(ForwardingSetting s) {
    if (place.isEmpty()) {
      return Outcome.rejected("destination", ErrorCode.DESTINATION_REQUIRED);
    }
    Optional<String> digits = Dialable.digits(place);
    Integer firstEmpty = null;
    for (int i = 1; i <= Target.SLOTS; i++) {
      Optional<String> held = s.slot(i);
      if (held.isEmpty()) {
        firstEmpty = firstEmpty == null ? i : firstEmpty;
      } else if (digits.isPresent() && held.flatMap(Dialable::digits).equals(digits)) {
        return Outcome.ok(s.withActive(Target.slot(i)));
      }
    }
    if (firstEmpty == null) {
      return Outcome.rejected("destination", ErrorCode.SLOTS_FULL);
    }
    return Outcome.ok(s.withSlot(firstEmpty, place).withActive(Target.slot(firstEmpty)));
  }
}
