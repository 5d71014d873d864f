package dev.tenso.slack;

import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import java.util.List;
import java.util.Map;

/**
 * {@code /forward help} (only what this user may do: the administrators' commands for
 * administrators only) and the answer to a command of the wrong shape: what was wrong and the
 * right form.
 */
final class HelpBlocks {
  static final List<String> EVERYONE = List.of("edit", "status", "on", "off", "list", "numbers",
      "history", "login", "code", "logout", "help");
  static final List<String> ADMINS = List.of("users", "adduser", "user");

  private final Texts texts;
  private final String command;

  HelpBlocks(Texts texts, String command) {
    this.texts = texts;
    this.command = command;
  }

  Reply help(User user) {
    Language lang = user.language();
    StringBuilder b = new StringBuilder(texts.t("slack.help.title", lang));
    for (String c : EVERYONE) {
      b.append("\n• ").append(usage(c, lang));
    }
    if (user.isAdmin()) {
      for (String c : ADMINS) {
        b.append("\n• ").append(usage(c, lang));
      }
    }
    return Reply.of(b.toString());
  }

  /** A command of the wrong shape: the problem, then the right form. */
  Reply invalid(SlackCommand.Invalid invalid, Language lang) {
    return Reply.of(texts.t("slack.parse." + invalid.problem(), lang, invalid.params()) + "\n"
        + usage(invalid.usage(), lang));
  }

  String usage(String name, Language lang) {
    return texts.t("slack.usage." + name, lang, Map.of("command", command));
  }
}
