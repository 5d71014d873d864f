package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingStatus.Status;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.ArrayList;
import java.util.List;

/**
 * The App Home tab: the user's numbers with their forwarding in one line each, a button per
 * number to turn it on or off (with the same sign-in step as a command) and one to open the
 * modal. Published when the tab is opened and after every change, whatever channel made it.
 */
final class HomeTab {
  static final String ON = "tenso.home.on";
  static final String OFF = "tenso.home.off";

  private final Parts p;

  HomeTab(Parts p) {
    this.p = p;
  }

  /** The home of a known user; the status (one snapshot) is read by the caller. */
  View render(Outcome<Status> status, Language lang, java.time.ZoneId zone) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(p.texts().t("slack.status.title", lang)))));
    if (!status.isOk()) {
      blocks.add(Modals.text(Mrkdwn.escape(p.texts().errors(status.violations(), lang, zone))));
      return home(blocks);
    }
    Reply listed = p.statusBlocks().render(status.orElseThrow(), lang);
    blocks.addAll(listed.blocks().subList(1, listed.blocks().size()));
    for (ForwardingView v : status.orElseThrow().numbers()) {
      boolean on = v.setting().enabled();
      String digits = v.details().ip().digits();
      blocks.add(actions(a -> a.blockId("home." + digits).elements(List.of(
          button(b -> b.actionId(on ? OFF : ON).value(digits).text(plainText(p.texts().t(
              on ? "slack.home.turnOff" : "slack.home.turnOn", lang,
              java.util.Map.of("number", v.details().ip().display()))))),
          button(b -> b.actionId(StatusBlocks.EDIT).value(digits)
              .text(plainText(p.texts().t("slack.home.edit", lang))))))));
    }
    return home(blocks);
  }

  /** What a Slack user tenso does not know sees. */
  View stranger(Language lang) {
    return home(List.of(Modals.text(Mrkdwn.escape(p.texts().t("slack.common.unknown", lang)))));
  }

  /** What a user whose registration is open sees: how to finish it ({@code register <token>}). */
  View pending(Language lang) {
    return home(List.of(Modals.text(Mrkdwn.escape(p.texts().t("slack.register.start", lang)
        + "\n" + p.help().usage("register", lang)))));
  }

  private static View home(List<LayoutBlock> blocks) {
    return view(v -> v.type("home").blocks(blocks));
  }
}
