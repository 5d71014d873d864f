package dev.tenso.slack;

import com.slack.api.model.view.ViewState;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A submitted forwarding modal: the number and the setting it showed (from the private
 * metadata), and the setting the user asked for. Values are read as given; the core checks them.
 * A ring time that is not a number cannot be given to the core: {@link #ringTimeUnreadable()}.
 * 呼出時間 belongs to 無応答転送 alone: with any other mode chosen, the ring time submitted is
 * ignored (the saved one is kept), as the core has no refusal for it.
 */
record ForwardingForm(String digits, ForwardingSetting shown, ForwardingSetting wanted,
    boolean ringTimeUnreadable) {
  private static final Pattern RING = Pattern.compile("[0-9]{1,4}");

  /** Empty when the metadata is not tenso's (a forged or outdated submission). */
  static Optional<ForwardingForm> read(String metadata,
      Map<String, Map<String, ViewState.Value>> values) {
    int bar = metadata == null ? -1 : metadata.indexOf('|');
    if (bar < 0) {
      return Optional.empty();
    }
    ForwardingSetting shown;
    try {
      shown = AuditFormat.parse(metadata.substring(bar + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    boolean enabled = Modals.value(values, ForwardingModal.ENABLED).map(Boolean::parseBoolean)
        .orElse(shown.enabled());
    ForwardingMode mode = Modals.value(values, ForwardingModal.MODE).flatMap(ForwardingForm::mode)
        .orElse(shown.mode());
    Optional<String> ringText = mode != ForwardingMode.NO_ANSWER ? Optional.empty()
        : Modals.value(values, ForwardingModal.RING).map(String::strip);
    boolean unreadable = ringText.isPresent() && !RING.matcher(ringText.get()).matches();
    int ring = ringText.filter(r -> !unreadable).map(Integer::parseInt).orElse(shown.ringTime());
    List<String> slots = new ArrayList<>();
    for (int i = 1; i <= Target.SLOTS; i++) {
      slots.add(Modals.value(values, "slot" + i).orElse(null));
    }
    Target active;
    try {
      active = Modals.value(values, ForwardingModal.ACTIVE).map(Target::parse)
          .orElse(shown.active());
    } catch (RuntimeException e) {
      active = shown.active();
    }
    ForwardingSetting wanted = new ForwardingSetting(enabled, mode, ring, slots, active);
    return Optional.of(new ForwardingForm(metadata.substring(0, bar), shown, wanted, unreadable));
  }

  private static Optional<ForwardingMode> mode(String name) {
    try {
      return Optional.of(ForwardingMode.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
