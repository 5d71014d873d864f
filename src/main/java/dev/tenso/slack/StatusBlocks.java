package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingStatus.Status;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /forward status}: each number with its forwarding in one line and a button to change it;
 * a pointer to {@code /forward numbers} when the user sees more than is shown.
 */
final class StatusBlocks {
  static final String EDIT = "tenso.edit";

  private final Texts texts;
  private final String command;

  StatusBlocks(Texts texts, String command) {
    this.texts = texts;
    this.command = command;
  }

  Reply render(Status status, Language lang) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String title = texts.t("slack.status.title", lang);
    blocks.add(header(h -> h.text(plainText(title))));
    StringBuilder text = new StringBuilder(title);
    if (status.numbers().isEmpty()) {
      String none = texts.t("slack.status.none", lang);
      blocks.add(section(s -> s.text(markdownText(none))));
      text.append('\n').append(none);
    }
    for (ForwardingView v : status.numbers()) {
      String line = line(v, lang);
      text.append('\n').append(line);
      blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(line)))
          .accessory(button(b -> b.actionId(EDIT).value(v.details().ip().digits())
              .text(plainText(texts.t("slack.status.change", lang)))))));
    }
    pointer(status, lang).ifPresent(p -> {
      text.append('\n').append(p);
      blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(p))))));
    });
    return new Reply(text.toString(), blocks);
  }

  /** {@code 050-1111-0001: 転送する（無条件転送、転送先: リスト1（090-1234-5678））}. */
  String line(ForwardingView v, Language lang) {
    return texts.t("slack.status.line", lang, Map.of("number", v.details().ip().display(),
        "summary", texts.words().summary(v.setting(), lang)));
  }

  private java.util.Optional<String> pointer(Status status, Language lang) {
    if (status.truncated()) {
      return java.util.Optional.of(texts.t("slack.status.more", lang, Map.of(
          "count", Integer.toString(status.assigned() - status.numbers().size()),
          "command", command)));
    }
    return status.wider()
        ? java.util.Optional.of(texts.t("slack.status.search", lang, Map.of("command", command)))
        : java.util.Optional.empty();
  }
}
