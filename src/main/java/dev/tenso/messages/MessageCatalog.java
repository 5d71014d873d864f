package dev.tenso.messages;

import dev.tenso.core.directory.Language;
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

  private MessageCatalog(Map<String, Message> messages) {
    this.messages = Map.copyOf(messages);
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
    Message m = messages.get(key);
    if (m == null) {
      throw new IllegalArgumentException("no message with key " + key);
    }
    String template = m.in(language);
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (matcher.find()) {
      String value = params.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("a parameter is missing for message " + key);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
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
