package dev.tenso.slack;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.ForwardingWords;
import dev.tenso.messages.MessageCatalog;
import dev.tenso.messages.TimeWords;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every text the Slack channel shows, from {@code conversations/}: catalog lookups in one
 * language, the core's refusals as {@code errors.<CODE>} with their params (a lock's end in the
 * user's time zone), and the words of a forwarding setting.
 */
final class Texts {
  private final MessageCatalog chat;
  private final ForwardingWords words;
  private final TimeWords time;

  Texts(MessageCatalog chat) {
    this.chat = chat;
    this.words = new ForwardingWords(chat);
    this.time = new TimeWords(chat);
  }

  String t(String key, Language lang) {
    return chat.text(key, lang);
  }

  String t(String key, Language lang, Map<String, String> params) {
    return chat.text(key, lang, params);
  }

  /**
   * What a list page without items says: nothing matched, or the page is past the last (its
   * previous button leads back).
   */
  String emptyPage(dev.tenso.core.common.Page<?> page, Language lang) {
    return page.total() == 0 ? t("slack.common.noneFound", lang)
        : t("slack.common.noSuchPage", lang, Map.of("pages", Integer.toString(page.pageCount())));
  }

  ForwardingWords words() {
    return words;
  }

  String time(Instant at, ZoneId zone, Language lang) {
    return time.dateTime(at, zone, lang);
  }

  /** One refusal of the core in words. */
  String error(Violation v, Language lang, ZoneId zone) {
    Map<String, String> params = new HashMap<>(v.params());
    if (v.code() == ErrorCode.USER_LOCKED && params.containsKey("until")) {
      try {
        params.put("until", time(Instant.parse(params.get("until")), zone, lang));
      } catch (DateTimeParseException e) {
        params.remove("until");
      }
    }
    return chat.text("errors." + v.code().name(), lang, orBlank(params));
  }

  /** Every refusal, one line each, each text once. */
  String errors(List<Violation> violations, Language lang, ZoneId zone) {
    Set<String> lines = new LinkedHashSet<>();
    violations.forEach(v -> lines.add(error(v, lang, zone)));
    return String.join("\n", lines);
  }

  /**
   * The store is not reachable: in the user's language, or, while it is not known ({@code
   * null}), in Japanese, then English.
   */
  String unavailable(Language lang) {
    return in(lang, "errors." + ErrorCode.TEMPORARILY_UNAVAILABLE.name());
  }

  /** Something failed that is not the store (never a stack trace); {@code lang} as above. */
  String failed(Language lang) {
    return in(lang, "slack.common.failed");
  }

  private String in(Language lang, String key) {
    return lang != null ? chat.text(key, lang)
        : chat.text(key, Language.JA) + "\n" + chat.text(key, Language.EN);
  }

  /** The params, with a blank for any the core did not send (never a failed answer). */
  private static Map<String, String> orBlank(Map<String, String> params) {
    return new HashMap<>(params) {
      @Override
      public String get(Object key) {
        return getOrDefault(key, "");
      }
    };
  }
}
