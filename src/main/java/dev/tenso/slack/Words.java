package dev.tenso.slack;

import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the {@code /forward} grammar, from {@code conversations/slack/words.yaml}: each
 * verb ({@code verb.status}) and option ({@code option.voicemail}) with its Japanese and English
 * spellings, space-separated; both languages work for everyone. Words are matched after NFKC
 * normalisation and lower-casing; arguments are never normalised (the core checks them as typed).
 */
final class Words {
  static final String VERB = "slack.words.verb.";
  static final String OPTION = "slack.words.option.";

  private final Map<String, String> verbs;
  private final Map<String, String> options;

  private Words(Map<String, String> verbs, Map<String, String> options) {
    this.verbs = Map.copyOf(verbs);
    this.options = Map.copyOf(options);
  }

  static Words from(MessageCatalog chat) {
    Map<String, String> verbs = new HashMap<>();
    Map<String, String> options = new HashMap<>();
    for (String key : chat.keys()) {
      if (key.startsWith(VERB)) {
        add(chat, key, key.substring(VERB.length()), verbs);
      } else if (key.startsWith(OPTION)) {
        add(chat, key, key.substring(OPTION.length()), options);
      }
    }
    return new Words(verbs, options);
  }

  private static void add(MessageCatalog chat, String key, String name, Map<String, String> to) {
    for (Language l : Language.values()) {
      for (String w : chat.text(key, l).split("\\s+")) {
        if (!w.isBlank()) {
          to.put(normal(w), name);
        }
      }
    }
  }

  Optional<String> verb(String token) {
    return Optional.ofNullable(verbs.get(normal(token)));
  }

  Optional<String> option(String token) {
    return Optional.ofNullable(options.get(normal(token)));
  }

  boolean isOption(String token, String name) {
    return option(token).filter(name::equals).isPresent();
  }

  private static String normal(String w) {
    return Normalizer.normalize(w, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
