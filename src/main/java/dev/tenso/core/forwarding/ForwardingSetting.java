package dev.tenso.core.forwarding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One number's forwarding (転送 (番号ごと) 設定), as entered: on/off, mode, ring time, five
 * destination slots (each the text the user entered, hyphens kept, or {@code null}) and the active
 * target. Turning forwarding off keeps everything else. This record does not validate the rules;
 * {@link ForwardingRules} does, so that every wrong field is reported at once.
 */
public record ForwardingSetting(
    boolean enabled, ForwardingMode mode, int ringTime, List<String> slots, Target active) {

  public static final int DEFAULT_RING_TIME = 30;

  public ForwardingSetting {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(active, "active");
    if (slots.size() != Target.SLOTS) {
      throw new IllegalArgumentException("exactly " + Target.SLOTS + " slots");
    }
    List<String> copy = new ArrayList<>(Target.SLOTS);
    for (String s : slots) {
      copy.add(s == null || s.isBlank() ? null : s.strip());
    }
    slots = Collections.unmodifiableList(copy);
  }

  /** What a number has before anyone set anything: off, unconditional, 30 s, no destinations. */
  public static ForwardingSetting initial() {
    return new ForwardingSetting(
        false, ForwardingMode.UNCONDITIONAL, DEFAULT_RING_TIME, emptySlots(), Target.slot(1));
  }

  public static List<String> emptySlots() {
    return Collections.nCopies(Target.SLOTS, null);
  }

  /** The text in slot 1-5, if any. */
  public Optional<String> slot(int index) {
    return Optional.ofNullable(slots.get(index - 1));
  }

  /** The number calls go to when forwarding applies, or empty for voicemail or an empty slot. */
  public Optional<String> activeDestination() {
    return active instanceof Target.Slot s ? slot(s.index()) : Optional.empty();
  }

  public ForwardingSetting withEnabled(boolean on) {
    return new ForwardingSetting(on, mode, ringTime, slots, active);
  }

  public ForwardingSetting withMode(ForwardingMode m) {
    return new ForwardingSetting(enabled, m, ringTime, slots, active);
  }

  public ForwardingSetting withRingTime(int seconds) {
    return new ForwardingSetting(enabled, mode, seconds, slots, active);
  }

  public ForwardingSetting withActive(Target t) {
    return new ForwardingSetting(enabled, mode, ringTime, slots, t);
  }

  public ForwardingSetting withSlot(int index, String destination) {
    List<String> copy = new ArrayList<>(slots);
    copy.set(index - 1, destination);
    return new ForwardingSetting(enabled, mode, ringTime, copy, active);
  }
}
