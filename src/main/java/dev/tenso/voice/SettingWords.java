package dev.tenso.voice;

import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import java.util.Map;
import java.util.Optional;

/**
 * A forwarding setting and a change waiting for confirmation, in spoken words
 * ({@code ivr-scripts/setting.yaml}, {@code ivr.readBack.*}); numbers digit by digit.
 */
final class SettingWords {
  private final Spoken spoken;

  SettingWords(Spoken spoken) {
    this.spoken = spoken;
  }

  Speech setting(ForwardingSetting s, Language lang) {
    if (!s.enabled()) {
      return spoken.line("setting.off", lang);
    }
    Map<String, String> p = Map.of("mode", mode(s.mode(), lang), "target", target(s, lang),
        "seconds", Integer.toString(s.ringTime()));
    return spoken.line(s.mode() == ForwardingMode.NO_ANSWER ? "setting.onWithRingTime"
        : "setting.on", lang, p);
  }

  /**
   * The change read back before 1 confirms it: a list's number is said digit by digit with the
   * mode it will forward in; erasing says the list and number it clears ({@code ##21#} with
   * voicemail or an empty list active clears nothing: it is read back as turning off).
   */
  Speech readBack(PhoneChange c, ForwardingSetting current, Language lang) {
    ForwardingMode mode = c.mode() == null ? current.mode() : c.mode();
    String ring = Integer.toString(c.ringTime() == null ? current.ringTime() : c.ringTime());
    boolean withRing = mode == ForwardingMode.NO_ANSWER;
    int slot = c.kind() == PhoneChange.Kind.ERASE ? PhoneChange.erased(current) : c.slot();
    Optional<String> listed = slot >= 1 && slot <= Target.SLOTS ? current.slot(slot)
        : Optional.empty();
    String number = c.kind() == PhoneChange.Kind.ON_NUMBER ? c.destination() : listed.orElse("");
    Map<String, String> p = Map.of("number", spoken.digits(number, lang),
        "mode", mode(mode, lang), "seconds", ring, "slot", Integer.toString(slot));
    String key = switch (c.kind()) {
      case ON_NUMBER -> withRing ? "onNumberRing" : "onNumber";
      case ON_SLOT -> listed.isEmpty() ? "onEmptySlot" : withRing ? "onSlotRing" : "onSlot";
      case ON_VOICEMAIL -> "onVoicemail";
      case OFF -> "off";
      case ERASE -> listed.isEmpty() ? "off" : "erase";
      case MODE -> withRing ? "modeRing" : "mode";
    };
    return spoken.line("ivr.readBack." + key, lang, p);
  }

  String mode(ForwardingMode m, Language lang) {
    return spoken.text("setting.mode." + m.name(), lang);
  }

  private String target(ForwardingSetting s, Language lang) {
    if (!(s.active() instanceof Target.Slot slot)) {
      return spoken.text("setting.voicemail", lang);
    }
    String n = Integer.toString(slot.index());
    return s.slot(slot.index())
        .map(d -> spoken.text("setting.slot", lang, Map.of("slot", n,
            "number", spoken.digits(d, lang))))
        .orElseGet(() -> spoken.text("setting.emptySlot", lang, Map.of("slot", n)));
  }
}
