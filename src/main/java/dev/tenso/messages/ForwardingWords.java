package dev.tenso.messages;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A forwarding setting in words, from {@code conversations/forwarding.yaml} and
 * {@code conversations/channels.yaml}: what mails and chat show, in the manual's terms.
 */
public final class ForwardingWords {
  private final MessageCatalog chat;

  public ForwardingWords(MessageCatalog chat) {
    this.chat = Objects.requireNonNull(chat, "chat");
  }

  public String mode(ForwardingMode mode, Language lang) {
    return chat.text("forwarding.mode." + mode.name(), lang);
  }

  /** 転送する / 転送しない. */
  public String state(boolean enabled, Language lang) {
    return chat.text("forwarding.state." + (enabled ? "enabled" : "disabled"), lang);
  }

  /** リスト1..5. */
  public String slot(int index, Language lang) {
    return chat.text("forwarding.slot", lang, Map.of("n", Integer.toString(index)));
  }

  /** The active destination: 留守番電話, or the slot with its number (or 未設定). */
  public String target(ForwardingSetting s, Language lang) {
    if (!(s.active() instanceof Target.Slot slot)) {
      return chat.text("forwarding.voicemail", lang);
    }
    String number = s.slot(slot.index()).orElseGet(() -> chat.text("forwarding.notSet", lang));
    return chat.text("forwarding.target.slot", lang,
        Map.of("slot", slot(slot.index(), lang), "number", number));
  }

  /** The whole setting in one line; the ring time only where it matters (無応答転送). */
  public String summary(ForwardingSetting s, Language lang) {
    String state = state(s.enabled(), lang);
    if (!s.enabled()) {
      return chat.text("forwarding.summary.disabled", lang, Map.of("state", state));
    }
    Map<String, String> p = Map.of(
        "state", state,
        "mode", mode(s.mode(), lang),
        "target", target(s, lang),
        "ringTime", chat.text("forwarding.ringTime", lang,
            Map.of("seconds", Integer.toString(s.ringTime()))));
    return s.mode() == ForwardingMode.NO_ANSWER
        ? chat.text("forwarding.summary.enabledWithRingTime", lang, p)
        : chat.text("forwarding.summary.enabled", lang, p);
  }

  public String channel(Channel channel, Language lang) {
    return chat.text("channels." + channel.name(), lang);
  }

  /** 転送の設定が完了しました. */
  public String done(Language lang) {
    return chat.text("forwarding.done", lang);
  }

  /**
   * After a turn-off whose kept setting breaks rules made since it was saved (the answer's
   * warnings): {@code forwarding.offWithWarnings}, then each warning's error text, one a line.
   */
  public String offWithWarnings(List<Violation> warnings, Language lang) {
    StringBuilder out = new StringBuilder(chat.text("forwarding.offWithWarnings", lang));
    for (Violation w : warnings) {
      out.append('\n').append(chat.text("errors." + w.code().name(), lang, w.params()));
    }
    return out.toString();
  }
}
