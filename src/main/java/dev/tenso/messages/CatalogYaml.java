package dev.tenso.messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns catalog YAML into messages. A file's path inside its folder is the key prefix
 * ({@code mail/registration.yaml} gives {@code mail.registration}); nested maps add a key segment
 * each; a map with {@code ja} or {@code en} is a message and must hold exactly those two, both
 * non-blank text. Every problem of every file is reported at once.
 */
final class CatalogYaml {
  private static final Set<String> LANGUAGES = Set.of("ja", "en");

  private CatalogYaml() {}

  static Map<String, Message> parse(Map<String, String> yamlByPath) {
    Map<String, Message> out = new HashMap<>();
    List<String> problems = new ArrayList<>();
    yamlByPath.forEach((path, text) -> {
      Object root;
      try {
        root = yaml().load(text);
      } catch (RuntimeException e) {
        problems.add(path + ": not valid YAML (" + e.getClass().getSimpleName() + ")");
        return;
      }
      if (root == null) {
        return;
      }
      walk(path, prefix(path), root, out, problems);
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("message catalog is malformed:\n  "
          + String.join("\n  ", problems));
    }
    return out;
  }

  /** {@code mail/registration.yaml} to {@code mail.registration}. */
  static String prefix(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    int dot = p.lastIndexOf('.');
    return (dot > 0 ? p.substring(0, dot) : p).replace('/', '.');
  }

  static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(new SafeConstructor(options));
  }

  private static void walk(
      String path, String key, Object node, Map<String, Message> out, List<String> problems) {
    if (!(node instanceof Map<?, ?> map)) {
      problems.add(path + ": " + key + " is neither a message (ja/en) nor a group of messages");
      return;
    }
    boolean leaf = map.keySet().stream().anyMatch(k -> LANGUAGES.contains(String.valueOf(k)));
    if (!leaf) {
      map.forEach((k, v) -> walk(path, key + "." + k, v, out, problems));
      return;
    }
    Object ja = map.get("ja");
    Object en = map.get("en");
    if (map.size() != 2 || !(ja instanceof String j) || !(en instanceof String e)
        || j.isBlank() || e.isBlank()) {
      problems.add(path + ": " + key + " must have exactly ja and en, both non-blank text");
      return;
    }
    if (out.putIfAbsent(key, new Message(j, e)) != null) {
      problems.add(path + ": " + key + " is defined twice");
    }
  }
}
