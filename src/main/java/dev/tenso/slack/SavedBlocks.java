package dev.tenso.slack;

import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingStatus.Status;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.Map;

/** {@code /forward list}: the saved destinations (リスト1-5) of each number, the active marked. */
final class SavedBlocks {
  private final Texts texts;

  SavedBlocks(Texts texts) {
    this.texts = texts;
  }

  Reply render(Status status, Language lang) {
    if (status.numbers().isEmpty()) {
      return Reply.of(texts.t("slack.status.none", lang));
    }
    StringBuilder b = new StringBuilder();
    for (ForwardingView v : status.numbers()) {
      b.append(b.length() == 0 ? "" : "\n\n")
          .append(texts.t("slack.list.number", lang, Map.of("number", v.details().ip().display())));
      if (v.destinations().isEmpty()) {
        b.append('\n').append(texts.t("slack.list.none", lang));
      }
      for (ForwardingView.SavedDestination d : v.destinations()) {
        b.append('\n').append(texts.t(d.active() ? "slack.list.active" : "slack.list.slot", lang,
            Map.of("slot", texts.words().slot(d.slot(), lang), "destination", d.number())));
      }
    }
    return Reply.of(b.toString());
  }
}
