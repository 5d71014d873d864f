package dev.tenso.messages;

import dev.tenso.core.directory.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of one folder ({@code conversations/} or {@code ivr-scripts/}), by dotted key: the
 * file's path inside the folder, then the keys inside the file ({@code errors.yaml} with
 * {@code DESTINATION_TOO_LONG} gives {@code errors.DESTINATION_TOO_LONG}; {@code mail/registration.yaml}
 * with {@code subject} gives {@code mail.registration.subject}). Loaded once, read from a map.
 */
public final class MessageCatalog {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  private final Map<String, Message> messages;
  /** Each message's texts split at their placeholders once, by language ordinal. */
  private final Map<String, Template[]> templates;

  private MessageCatalog(Map<String, Message> messages) {
    this.messages = Map.copyOf(messages);
    Map<String, Template[]> t = new HashMap<>();
    this.messages.forEach((key, m) -> {
      Template[] byLanguage = new Template[Language.values().length];
      for (Language l : Language.values()) {
        byLanguage[l.ordinal()] = Template.of(m.in(l));
      }
      t.put(key, byLanguage);
    });
    this.templates = Map.copyOf(t);
  }

  /** A text as its literal parts around its placeholders' names. */
  private record Template(String[] literals, String[] names) {
    static Template of(String text) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(text);
      int at = 0;
      while (m.find()) {
        literals.add(text.substring(at, m.start()));
        names.add(m.group(1));
        at = m.end();
      }
      literals.add(text.substring(at));
      return new Template(literals.toArray(String[]::new), names.toArray(String[]::new));
    }
  }

  public static MessageCatalog of(Map<String, Message> messages) {
    return new MessageCatalog(messages);
  }

  /** Parses YAML documents (relative path inside the folder to text); see {@link CatalogYaml}. */
  public static MessageCatalog fromYaml(Map<String, String> yamlByPath) {
    return new MessageCatalog(CatalogYaml.parse(yamlByPath));
  }

  /**
   * The text of {@code key} in {@code language} with every {@code {name}} replaced by its param.
   *
   * @throws IllegalArgumentException when the key is unknown or a placeholder has no param (the
   *     message names the key only, never a param's value)
   */
  public String text(String key, Language language, Map<String, String> params) {
    Template[] byLanguage = templates.get(key);
    if (byLanguage == null) {
      throw new IllegalArgumentException("no message with key " + key);
    }
    Template t = byLanguage[language.ordinal()];
    if (t.names().length == 0) {
      return t.literals()[0];
    }
    StringBuilder out = new StringBuilder(t.literals()[0].length() + 64);
    for (int i = 0; i < t.names().length; i++) {
      String value = params.get(t.names()[i]);
      if (value == null) {
        throw new IllegalArgumentException("a parameter is missing for message " + key);
      }
      out.append(t.literals()[i]).append(value);
    }
    return out.append(t.literals()[t.names().length]).toString();
  }

  public String text(String key, Language language) {
    return text(key, language, Map.of());
  }

  /**
   * The text of {@code key} with its {@code {name}} placeholders as written, for a page that
   * fills them in itself (the console).
   *
   * @throws IllegalArgumentException when the key is unknown
   */
  public String template(String key, Language language) {
    Message m = messages.get(key);
    if (m == null) {
      throw new IllegalArgumentException("no message with key " + key);
    }
    return m.in(language);
  }

  public boolean has(String key) {
    return messages.containsKey(key);
  }

  /** Every key, sorted. */
  public Set<String> keys() {
    return new TreeSet<>(messages.keySet());
  }

  /** The placeholders {@code {name}} used in a text. */
  public static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
