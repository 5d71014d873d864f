package dev.tenso.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping (a row) read through SnakeYAML's node API, so that every value knows its line.
 * Wrong shapes are reported to {@link Errors} with the field's path; values are never reported.
 */
final class Fields {
  /** Integer.parseInt alone would also read full-width and other scripts' digits. */
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private final String path;
  private final int line;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Integer> keyLines = new LinkedHashMap<>();
  private final Errors errors;

  private Fields(String path, int line, Errors errors) {
    this.path = path;
    this.line = line;
    this.errors = errors;
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  static boolean isNull(Node node) {
    return node == null || node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  /** The mapping at {@code node}, or empty (with an error) when it is not a mapping. */
  static Optional<Fields> of(Node node, String path, Set<String> allowed, Errors errors) {
    if (!(node instanceof MappingNode map)) {
      errors.add(line(node), path, ImportReason.NOT_A_MAP);
      return Optional.empty();
    }
    Fields f = new Fields(path, line(node), errors);
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        errors.add(line(t.getKeyNode()), path, ImportReason.KEY_NOT_TEXT);
        continue;
      }
      String key = k.getValue();
      if (!allowed.contains(key)) {
        UnknownKey.report(k, path, allowed, errors);
      } else if (f.values.containsKey(key)) {
        errors.add(line(k), path + "." + key, ImportReason.DUPLICATE_KEY);
      } else {
        f.values.put(key, t.getValueNode());
        f.keyLines.put(key, line(k));
      }
    }
    return Optional.of(f);
  }

  /** Items of a top-level or nested sequence; an absent or null one is empty. */
  static List<Node> items(Node node, String path, Errors errors) {
    if (isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      errors.add(line(node), path, ImportReason.NOT_A_LIST);
      return List.of();
    }
    return seq.getValue();
  }

  String path() {
    return path;
  }

  String path(String key) {
    return path + "." + key;
  }

  int line() {
    return line;
  }

  /** The line of the field's value, or of the row when the field is absent. */
  int line(String key) {
    Node n = values.get(key);
    return n == null ? line : line(n);
  }

  boolean has(String key) {
    return !isNull(values.get(key));
  }

  Node node(String key) {
    return values.get(key);
  }

  /** The scalar text of an optional field (absent or null: empty). */
  Optional<String> text(String key) {
    Node n = values.get(key);
    if (isNull(n)) {
      return Optional.empty();
    }
    if (!(n instanceof ScalarNode s)) {
      errors.add(line(n), path(key), ImportReason.NOT_TEXT);
      return Optional.empty();
    }
    return Optional.of(s.getValue());
  }

  /** The text of a required field; reports REQUIRED when it is absent. */
  Optional<String> required(String key) {
    if (!has(key)) {
      errors.add(line(key), path(key), ImportReason.REQUIRED);
      return Optional.empty();
    }
    return text(key);
  }

  boolean bool(String key, boolean otherwise) {
    return bool(key, otherwise, Map.of());
  }

  /** A yes/no field that may also be written in the manual's words ({@code words}). */
  boolean bool(String key, boolean otherwise, Map<String, Boolean> words) {
    Optional<String> t = text(key);
    if (t.isEmpty()) {
      return otherwise;
    }
    Optional<Boolean> word = ManualWords.yesNo(t.get(), words);
    if (word.isPresent()) {
      return word.get();
    }
    switch (t.get().strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> {
        return true;
      }
      case "false", "no", "off" -> {
        return false;
      }
      default -> {
        errors.add(line(key), path(key), ImportReason.NOT_A_BOOLEAN);
        return otherwise;
      }
    }
  }

  /** A whole number in half-width digits (the manual's 半角数字; full-width ones are refused). */
  Optional<Integer> integer(String key) {
    return text(key).flatMap(t -> {
      if (!INTEGER.matcher(t.strip()).matches()) {
        errors.add(line(key), path(key), ImportReason.NOT_AN_INTEGER);
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(t.strip()));
    });
  }

  /** The texts of a list field (null items kept as null), with each item's line. */
  List<Item> list(String key) {
    List<Item> out = new ArrayList<>();
    List<Node> nodes = items(values.get(key), path(key), errors);
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      String p = path(key) + "[" + i + "]";
      if (isNull(n)) {
        out.add(new Item(null, line(n), p));
      } else if (n instanceof ScalarNode s) {
        out.add(new Item(s.getValue(), line(n), p));
      } else {
        errors.add(line(n), p, ImportReason.NOT_TEXT);
      }
    }
    return out;
  }

  /** One item of a list: its text (or null), line and path. */
  record Item(String text, int line, String path) {}
}
