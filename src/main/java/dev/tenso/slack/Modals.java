package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.tenso.core.directory.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pieces every tenso modal is built of, and reading a submitted modal's values. */
final class Modals {
  private Modals() {}

  /** A modal; {@code submit} null for one without a submit button (a result). */
  static View modal(String callbackId, String title, String submit, String close,
      String metadata, List<LayoutBlock> blocks) {
    return view(v -> v.type("modal").callbackId(callbackId)
        .title(viewTitle(t -> t.type("plain_text").text(cut(title, 24))))
        .submit(submit == null ? null : viewSubmit(s -> s.type("plain_text").text(submit)))
        .close(viewClose(c -> c.type("plain_text").text(close)))
        .privateMetadata(metadata)
        .blocks(blocks));
  }

  /**
   * A modal that only says something (a result, a refusal), with a close button; its title and
   * label in {@code lang} (Japanese while the user is not known: {@code null}).
   */
  static View message(Texts texts, Language lang, String text) {
    Language in = lang == null ? Language.JA : lang;
    return modal("tenso.message", texts.t("slack.modal.messageTitle", in), null,
        texts.t("slack.modal.close", in), "", List.of(text(Mrkdwn.escape(text))));
  }

  /** An input block whose block id and action id are both {@code id}. */
  static InputBlock field(String id, String label, BlockElement element, boolean optional,
      String hint) {
    return input(i -> i.blockId(id).label(plainText(label)).element(element).optional(optional)
        .hint(hint == null ? null : plainText(hint)));
  }

  static LayoutBlock text(String mrkdwn) {
    return section(s -> s.text(markdownText(mrkdwn)));
  }

  static OptionObject choice(String label, String value) {
    return option(plainText(cut(label, 75)), value);
  }

  /** The option whose value is {@code value}, if offered. */
  static OptionObject initial(List<OptionObject> options, String value) {
    return options.stream().filter(o -> o.getValue().equals(value)).findFirst().orElse(null);
  }

  /** The value a submission holds for {@code id} (typed text or the chosen option's value). */
  static Optional<String> value(Map<String, Map<String, ViewState.Value>> values, String id) {
    Map<String, ViewState.Value> block = values == null ? null : values.get(id);
    ViewState.Value v = block == null ? null : block.get(id);
    if (v == null) {
      return Optional.empty();
    }
    if (v.getSelectedOption() != null) {
      return Optional.ofNullable(v.getSelectedOption().getValue());
    }
    return Optional.ofNullable(v.getValue());
  }

  /** The chosen options' values of a multi-select. */
  static List<String> values(Map<String, Map<String, ViewState.Value>> values, String id) {
    Map<String, ViewState.Value> block = values == null ? null : values.get(id);
    ViewState.Value v = block == null ? null : block.get(id);
    if (v == null || v.getSelectedOptions() == null) {
      return List.of();
    }
    return v.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
