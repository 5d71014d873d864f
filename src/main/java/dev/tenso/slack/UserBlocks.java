package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.tenso.core.common.Page;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrators' views of the directory: the user list (ユーザー一覧: status, name, email,
 * phone, second factor, role; 合計 N 件; paging) and one user with the actions on them.
 */
final class UserBlocks {
  static final String PAGE = "tenso.users.page";
  static final String ACT = "tenso.admin.";

  private final Texts texts;

  UserBlocks(Texts texts) {
    this.texts = texts;
  }

  Reply list(Page<User> page, String keyword, Language lang) {
    StringBuilder b = new StringBuilder(texts.t("slack.admin.listTitle", lang, Map.of(
        "total", Integer.toString(page.total()), "page", Integer.toString(page.page()),
        "pages", Integer.toString(page.pageCount()))));
    for (User u : page.items()) {
      b.append('\n').append(line(u, lang));
    }
    if (page.items().isEmpty()) {
      b.append('\n').append(texts.emptyPage(page, lang));
    }
    List<LayoutBlock> blocks = new ArrayList<>(Reply.of(b.toString()).blocks());
    List<BlockElement> buttons = new ArrayList<>();
    String k = keyword == null ? "" : keyword.replace("|", "");
    if (page.page() > 1) {
      buttons.add(button(x -> x.actionId(PAGE + ".prev").value(k + "|" + (page.page() - 1))
          .text(plainText(texts.t("slack.numbers.previous", lang)))));
    }
    if (page.hasNext()) {
      buttons.add(button(x -> x.actionId(PAGE + ".next").value(k + "|" + (page.page() + 1))
          .text(plainText(texts.t("slack.numbers.next", lang)))));
    }
    if (!buttons.isEmpty()) {
      blocks.add(actions(a -> a.elements(buttons)));
    }
    return new Reply(b.toString(), blocks);
  }

  String line(User u, Language lang) {
    return texts.t("slack.admin.line", lang, Map.of(
        "status", texts.t("slack.admin.status." + u.status().name(), lang),
        "name", u.name(), "email", u.email().value(), "phone", u.phone(),
        "secondFactor", texts.t("slack.admin.secondFactor." + u.secondFactor().name(), lang),
        "role", texts.t("slack.admin.role." + u.role().name(), lang)));
  }

  /** One user with a button per action an administrator may take on them. */
  Reply one(User u, Language lang, String head) {
    String text = (head.isEmpty() ? "" : head + "\n") + line(u, lang) + "\n"
        + texts.t("slack.admin.details", lang, Map.of(
            "groups", listed(u.groups().stream().sorted().toList(), lang),
            "numbers", listed(u.numbers().stream().sorted().map(n -> n.display()).toList(),
                lang)));
    List<LayoutBlock> blocks = new ArrayList<>(Reply.of(text).blocks());
    String id = u.id().value();
    List<BlockElement> buttons = new ArrayList<>();
    if (u.status() == UserStatus.DISABLED) {
      buttons.add(act("enable", id, lang));
    } else {
      buttons.add(act("disable", id, lang));
    }
    Role other = u.role() == Role.GENERAL ? Role.PORTAL_ADMIN : Role.GENERAL;
    buttons.add(button(x -> x.actionId(ACT + "role." + other.name()).value(id)
        .text(plainText(texts.t("slack.admin.action.role", lang, Map.of("role",
            texts.t("slack.admin.role." + other.name(), lang)))))));
    buttons.add(act("reset", id, lang));
    if (u.status() == UserStatus.PENDING) {
      buttons.add(act("resend", id, lang));
    }
    blocks.add(actions(a -> a.elements(buttons)));
    return new Reply(text, blocks);
  }

  private String listed(List<String> items, Language lang) {
    return items.isEmpty() ? texts.t("slack.admin.none", lang) : String.join(", ", items);
  }

  private BlockElement act(String action, String id, Language lang) {
    return button(x -> x.actionId(ACT + action).value(id)
        .text(plainText(texts.t("slack.admin.action." + action, lang))));
  }
}
