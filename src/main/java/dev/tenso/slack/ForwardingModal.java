package dev.tenso.slack;

import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.PlanModes;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingView;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.NumberDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forwarding modal, laid out like the manual's 転送 (番号ごと) 設定 screen: the number (a
 * picker when the user has several), 転送する / 転送しない, 転送動作 with only the modes the plan
 * allows (the core's {@link PlanModes#allowed}), 呼出時間 where 無応答転送 is allowed,
 * リスト1-5 with their saved numbers, and the active destination (留守番電話 only with a message
 * box). The private metadata keeps the number and the setting shown, so that a submission changes
 * only what the user changed ({@code ForwardingChange.between}).
 */
final class ForwardingModal {
  static final String CALLBACK = "tenso.forwarding";
  static final String NUMBER = "number";
  static final String ENABLED = "enabled";
  static final String MODE = "mode";
  static final String RING = "ringTime";
  static final String ACTIVE = "active";

  private final Texts texts;

  ForwardingModal(Texts texts) {
    this.texts = texts;
  }

  /** @param choices the user's numbers for the picker (one or none: no picker) */
  View render(ForwardingView current, List<ForwardingView> choices, Language lang) {
    NumberDetails n = current.details();
    ForwardingSetting s = current.setting();
    List<LayoutBlock> blocks = new ArrayList<>();
    if (choices.size() > 1) {
      List<OptionObject> numbers = choices.stream()
          .map(c -> Modals.choice(c.details().ip().display(), c.details().ip().digits()))
          .toList();
      blocks.add(Modals.field(NUMBER, t("number", lang), staticSelect(e -> e.actionId(NUMBER)
          .options(numbers).initialOption(Modals.initial(numbers, n.ip().digits()))),
          false, null));
    } else {
      blocks.add(Modals.text(t("numberLabel", lang, Map.of("number", n.ip().display()))));
    }
    List<OptionObject> states = List.of(
        Modals.choice(texts.words().state(true, lang), "true"),
        Modals.choice(texts.words().state(false, lang), "false"));
    blocks.add(Modals.field(ENABLED, t("enabled", lang), radioButtons(e -> e.actionId(ENABLED)
        .options(states).initialOption(Modals.initial(states, Boolean.toString(s.enabled())))),
        false, null));
    Set<ForwardingMode> allowed = PlanModes.allowed(n.contract().plan());
    List<OptionObject> modes = allowed.stream()
        .map(m -> Modals.choice(texts.words().mode(m, lang), m.name())).toList();
    blocks.add(Modals.field(MODE, t("mode", lang), radioButtons(e -> e.actionId(MODE)
        .options(modes).initialOption(Modals.initial(modes, s.mode().name()))), false,
        allowed.size() == 1 ? t("modePlan", lang) : null));
    if (allowed.contains(ForwardingMode.NO_ANSWER)) {
      blocks.add(Modals.field(RING, t("ringTime", lang), plainTextInput(e -> e.actionId(RING)
          .initialValue(Integer.toString(s.ringTime()))), false, t("ringTimeHint", lang)));
    }
    for (int i = 1; i <= Target.SLOTS; i++) {
      String id = "slot" + i;
      String saved = s.slot(i).orElse(null);
      blocks.add(Modals.field(id, texts.words().slot(i, lang), plainTextInput(e -> e.actionId(id)
          .initialValue(saved)), true, null));
    }
    List<OptionObject> targets = new ArrayList<>();
    for (int i = 1; i <= Target.SLOTS; i++) {
      targets.add(Modals.choice(texts.words().slot(i, lang), Integer.toString(i)));
    }
    if (n.contract().messageBox()) {
      targets.add(Modals.choice(texts.words().target(s.withActive(Target.voicemail()), lang),
          Target.voicemail().code()));
    }
    blocks.add(Modals.field(ACTIVE, t("active", lang), radioButtons(e -> e.actionId(ACTIVE)
        .options(targets).initialOption(Modals.initial(targets, s.active().code()))), false,
        null));
    return Modals.modal(CALLBACK, t("title", lang), t("submit", lang), t("cancel", lang),
        metadata(n.ip().digits(), s), blocks);
  }

  /** The modal after a change: 転送の設定が完了しました and the new setting. */
  View done(ForwardingView v, Language lang) {
    String head = v.changed() ? texts.words().done(lang) : t("unchanged", lang);
    String line = t("result", lang, Map.of("number", v.details().ip().display(),
        "summary", texts.words().summary(v.setting(), lang)));
    return Modals.modal("tenso.done", t("title", lang), null, t("close", lang), "",
        List.of(Modals.text(Mrkdwn.escape(head)), Modals.text(Mrkdwn.escape(line))));
  }

  static String metadata(String digits, ForwardingSetting shown) {
    return digits + "|" + AuditFormat.format(shown);
  }

  private String t(String key, Language lang) {
    return texts.t("slack.modal." + key, lang);
  }

  private String t(String key, Language lang, Map<String, String> params) {
    return texts.t("slack.modal." + key, lang, params);
  }
}
