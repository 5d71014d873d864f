package dev.tenso.slack;

import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.directory.UserGroups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * ユーザー追加 as a modal: every field of the manual's form (required ones marked), the time zone
 * as a picker, user groups as a multi-select (or, past {@link #PICKED_AT_MOST} groups, typed
 * names: a select cannot offer more). Block ids are {@link UserForm}'s field names, so
 * the core's refusals land on their fields.
 */
final class AddUserModal {
  static final String CALLBACK = "tenso.adduser";
  static final List<String> ZONES = List.of("Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai",
      "Asia/Taipei", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Bangkok", "Asia/Kolkata",
      "Asia/Dubai", "Australia/Sydney", "Pacific/Auckland", "Europe/London", "Europe/Paris",
      "Europe/Berlin", "Africa/Johannesburg", "America/Sao_Paulo", "America/New_York",
      "America/Chicago", "America/Denver", "America/Los_Angeles", "Pacific/Honolulu", "UTC");

  private final Texts texts;

  AddUserModal(Texts texts) {
    this.texts = texts;
  }

  /** Slack's most options in a select: with more groups, their names are typed. */
  static final int PICKED_AT_MOST = 100;

  View render(Language lang, UserGroups.Names groups) {
    List<LayoutBlock> b = new ArrayList<>();
    b.add(text("name", lang, true));
    b.add(text("email", lang, true));
    b.add(text("phone", lang, true));
    b.add(text("mobile", lang, false));
    b.add(radios("language", lang, List.of("ja", "en"), "ja"));
    b.add(radios("secondFactor", lang, names(SecondFactor.values()), "TOTP"));
    b.add(radios("role", lang, names(Role.values()), "GENERAL"));
    b.add(text("title", lang, false));
    List<OptionObject> zones = ZONES.stream().map(z -> Modals.choice(z, z)).toList();
    b.add(Modals.field("timezone", label("timezone", lang, true), staticSelect(e -> e
        .actionId("timezone").options(zones).initialOption(zones.get(0))), false, null));
    if (groups.total() > PICKED_AT_MOST) {
      b.add(Modals.field("groups", label("groups", lang, false), plainTextInput(e -> e
          .actionId("groups")), true, texts.t("slack.adduser.groupsHint", lang, Map.of(
              "total", Integer.toString(groups.total()),
              "example", String.join(", ", groups.first().subList(0, 2))))));
    } else if (groups.total() > 0) {
      List<OptionObject> options = groups.first().stream()
          .map(name -> Modals.choice(name, name)).toList();
      b.add(Modals.field("groups", label("groups", lang, false), multiStaticSelect(e -> e
          .actionId("groups").options(options)), true, null));
    }
    b.add(Modals.field("numbers", label("numbers", lang, false), plainTextInput(e -> e
        .actionId("numbers")), true, texts.t("slack.adduser.numbersHint", lang)));
    b.add(Modals.field("comment", label("comment", lang, false), plainTextInput(e -> e
        .actionId("comment").multiline(true)), true, null));
    b.add(radios("lineNotification", lang, List.of("true", "false"), "true"));
    return Modals.modal(CALLBACK, texts.t("slack.adduser.title", lang),
        texts.t("slack.adduser.submit", lang), texts.t("slack.modal.cancel", lang), "", b);
  }

  /** The submitted form, as typed. */
  static UserForm read(Map<String, Map<String, ViewState.Value>> v) {
    return new UserForm(s(v, "name"), s(v, "email"), s(v, "phone"), s(v, "mobile"),
        s(v, "language"), s(v, "secondFactor"), s(v, "role"), s(v, "title"), s(v, "timezone"),
        groups(v), split(s(v, "numbers")), s(v, "comment"),
        !"false".equals(s(v, "lineNotification")));
  }

  /** The groups picked, or typed where there are too many to pick from. */
  private static List<String> groups(Map<String, Map<String, ViewState.Value>> v) {
    List<String> picked = Modals.values(v, "groups");
    if (!picked.isEmpty()) {
      return picked;
    }
    String typed = s(v, "groups");
    return typed.isBlank() ? List.of() : Arrays.stream(typed.split("[,、，]"))
        .map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private LayoutBlock text(String id, Language lang, boolean required) {
    return Modals.field(id, label(id, lang, required), plainTextInput(e -> e.actionId(id)),
        !required, null);
  }

  private LayoutBlock radios(String id, Language lang, List<String> values, String initial) {
    List<OptionObject> options = values.stream()
        .map(v -> Modals.choice(texts.t("slack.adduser.choice." + id + "."
            + (id.equals("language") ? "lang-" + v : v), lang), v))
        .toList();
    return Modals.field(id, label(id, lang, true), radioButtons(e -> e.actionId(id)
        .options(options).initialOption(Modals.initial(options, initial))), false, null);
  }

  private String label(String id, Language lang, boolean required) {
    return texts.t("slack.adduser.field." + id, lang) + (required ? " *" : "");
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static String s(Map<String, Map<String, ViewState.Value>> v, String id) {
    return Modals.value(v, id).orElse("");
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of()
        : Arrays.stream(s.split("[,、\\s]+")).filter(x -> !x.isBlank()).toList();
  }
}
