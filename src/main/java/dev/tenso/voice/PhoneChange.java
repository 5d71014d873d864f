package dev.tenso.voice;

import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import java.util.Optional;

/**
 * A forwarding change asked for by keypad, kept in the call state while it is read back and
 * confirmed; applied as a core {@link ForwardingChange} only after 1 is pressed.
 *
 * @param destination the digits keyed in ({@code ON_NUMBER}), else empty
 * @param slot the list number pressed ({@code ON_SLOT}), else 0
 * @param mode the mode asked for, or null to keep the current one
 * @param ringTime the ring time asked for, or null to keep the current one
 */
record PhoneChange(Kind kind, String destination, int slot, ForwardingMode mode,
    Integer ringTime) {

  enum Kind { ON_NUMBER, ON_SLOT, ON_VOICEMAIL, OFF, ERASE, MODE }

  PhoneChange {
    destination = destination == null ? "" : destination;
  }

  static PhoneChange onNumber(String digits, ForwardingMode mode, Integer ringTime) {
    return new PhoneChange(Kind.ON_NUMBER, digits, 0, mode, ringTime);
  }

  static PhoneChange of(Kind kind) {
    return new PhoneChange(kind, "", 0, null, null);
  }

  /**
   * The list {@code ##21#} clears in {@code current}: the active one; 0 when voicemail or no list
   * is active (it then only turns forwarding off).
   */
  static int erased(ForwardingSetting current) {
    return current.active() instanceof Target.Slot s ? s.index() : 0;
  }

  /** The core's change, applied to the latest setting inside its compare-and-set. */
  ForwardingChange toChange(ForwardingSetting current) {
    ForwardingChange c = switch (kind) {
      case ON_NUMBER -> ForwardingChange.turnOnToNumber(destination);
      case ON_SLOT -> ForwardingChange.none().withEnabled(true).withActive(Integer.toString(slot));
      case ON_VOICEMAIL -> ForwardingChange.turnOnToVoicemail();
      case OFF -> ForwardingChange.turnOff();
      case ERASE -> erased(current) > 0
          ? ForwardingChange.turnOff().withSlot(erased(current), "") : ForwardingChange.turnOff();
      case MODE -> ForwardingChange.none();
    };
    if (mode != null) {
      c = c.withMode(mode);
    }
    return ringTime == null ? c : c.withRingTime(ringTime);
  }

  /** Where "2 to redo" leads back to: the flow's outcome of {@code redo}. */
  String redoOutcome() {
    return switch (kind) {
      case ON_NUMBER, ON_SLOT, ON_VOICEMAIL -> destination.isEmpty() || mode == null
          ? "chooseTarget" : "menu";
      case MODE -> "chooseMode";
      case OFF, ERASE -> "menu";
    };
  }

  String encode() {
    return String.join("|", kind.name(), destination, Integer.toString(slot),
        mode == null ? "" : mode.name(), ringTime == null ? "" : ringTime.toString());
  }

  static Optional<PhoneChange> decode(String text) {
    try {
      String[] p = text.split("\\|", -1);
      return Optional.of(new PhoneChange(Kind.valueOf(p[0]), p[1], Integer.parseInt(p[2]),
          p[3].isEmpty() ? null : ForwardingMode.valueOf(p[3]),
          p[4].isEmpty() ? null : Integer.valueOf(p[4])));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
