package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.VoiceGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /forward numbers}: the manual's number search (検索条件) inside one voice group, 10 per
 * page with the total and previous/next buttons. Without {@code group}, the user's only voice
 * group; with several, a button per group. The buttons carry the query, so paging is the same
 * search again.
 */
final class NumbersBlocks {
  static final String PAGE = "tenso.numbers.page";
  static final String GROUP = "tenso.numbers.group";

  private final Parts p;

  NumbersBlocks(Parts p) {
    this.p = p;
  }

  Reply search(Who who, SlackCommand.Numbers q) {
    String group = q.group();
    if (group == null) {
      Outcome<List<VoiceGroup>> groups = p.core().numbers().voiceGroups(who.actor());
      if (!groups.isOk()) {
        return Quick.refusal(p, who, groups.violations());
      }
      if (groups.orElseThrow().size() != 1) {
        return chooseGroup(who, q, groups.orElseThrow());
      }
      group = groups.orElseThrow().get(0).id().value();
    }
    Outcome<Page<NumberDetails>> page = p.core().numbers().search(who.actor(), group, q.site(),
        q.contract(), q.digits(), q.page());
    if (!page.isOk()) {
      return Quick.refusal(p, who, page.violations());
    }
    return render(who, new SlackCommand.Numbers(group, q.site(), q.contract(), q.digits(),
        q.page()), page.orElseThrow());
  }

  private Reply render(Who who, SlackCommand.Numbers q, Page<NumberDetails> page) {
    StringBuilder b = new StringBuilder(p.texts().t("slack.numbers.title", who.lang(), Map.of(
        "group", q.group(), "total", Integer.toString(page.total()),
        "page", Integer.toString(page.page()), "pages", Integer.toString(page.pageCount()))));
    for (NumberDetails n : page.items()) {
      b.append('\n').append(p.texts().t("slack.numbers.line", who.lang(), Map.of(
          "number", n.ip().display(), "site", n.site().name(),
          "contract", n.contract().number().value())));
    }
    if (page.items().isEmpty()) {
      b.append('\n').append(p.texts().emptyPage(page, who.lang()));
    }
    List<LayoutBlock> blocks = new ArrayList<>(Reply.of(b.toString()).blocks());
    List<BlockElement> buttons = new ArrayList<>();
    if (page.page() > 1) {
      buttons.add(pageButton(who, q, page.page() - 1, "slack.numbers.previous"));
    }
    if (page.hasNext()) {
      buttons.add(pageButton(who, q, page.page() + 1, "slack.numbers.next"));
    }
    if (!buttons.isEmpty()) {
      blocks.add(actions(a -> a.elements(buttons)));
    }
    return new Reply(b.toString(), blocks);
  }

  private Reply chooseGroup(Who who, SlackCommand.Numbers q, List<VoiceGroup> groups) {
    if (groups.isEmpty()) {
      return Reply.of(p.texts().t("slack.status.none", who.lang()));
    }
    String text = p.texts().t("slack.numbers.chooseGroup", who.lang());
    List<LayoutBlock> blocks = new ArrayList<>(Reply.of(text).blocks());
    List<BlockElement> buttons = new ArrayList<>();
    for (VoiceGroup g : groups.subList(0, Math.min(groups.size(), 25))) {
      buttons.add(button(x -> x.actionId(GROUP + "." + g.id().value())
          .text(plainText(Modals.cut(g.id().value() + " " + g.name(), 75)))
          .value(encode(new SlackCommand.Numbers(g.id().value(), q.site(), q.contract(),
              q.digits(), 1)))));
    }
    blocks.add(actions(a -> a.elements(buttons)));
    return new Reply(text, blocks);
  }

  private BlockElement pageButton(Who who, SlackCommand.Numbers q, int page, String key) {
    return button(x -> x.actionId(PAGE + "." + page).text(plainText(p.texts().t(key, who.lang())))
        .value(encode(new SlackCommand.Numbers(q.group(), q.site(), q.contract(), q.digits(),
            page))));
  }

  /** The query in a button's value: group|site|contract|digits|page. */
  static String encode(SlackCommand.Numbers q) {
    return String.join("|", n(q.group()), n(q.site()), n(q.contract()), n(q.digits()),
        Integer.toString(q.page()));
  }

  static SlackCommand.Numbers decode(String value) {
    String[] f = (value == null ? "" : value).split("\\|", -1);
    if (f.length != 5) {
      return new SlackCommand.Numbers(null, null, null, null, 1);
    }
    int page;
    try {
      page = Integer.parseInt(f[4]);
    } catch (NumberFormatException e) {
      page = 1;
    }
    return new SlackCommand.Numbers(e(f[0]), e(f[1]), e(f[2]), e(f[3]), page);
  }

  private static String n(String s) {
    return s == null ? "" : s.replace("|", "");
  }

  private static String e(String s) {
    return s.isEmpty() ? null : s;
  }
}
