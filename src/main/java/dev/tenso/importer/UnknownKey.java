package dev.tenso.importer;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A key a row does not allow. Its text is never reported: a key may hold a value (a missing
 * colon in {@code {totpSecret KRUGS...}} makes the secret part of the key). A known key followed
 * by a space (or {@code =}, or a colon without a space) is reported as {@code MISSING_COLON} under
 * that known name; any other key by its column, with the keys the row allows.
 */
final class UnknownKey {
  private static final Pattern KNOWN_THEN_VALUE = Pattern.compile("([A-Za-z]+)[\\s=:].*", Pattern.DOTALL);

  private UnknownKey() {}

  static void report(ScalarNode key, String path, Set<String> allowed, Errors errors) {
    int line = Fields.line(key);
    Matcher m = KNOWN_THEN_VALUE.matcher(key.getValue().strip());
    if (m.matches() && allowed.contains(m.group(1))) {
      errors.add(line, path + "." + m.group(1), ImportReason.MISSING_COLON);
      return;
    }
    errors.add(line, path, ImportReason.UNKNOWN_FIELD, Map.of(
        "column", Integer.toString(key.getStartMark().getColumn() + 1),
        "allowed", String.join(", ", new TreeSet<>(allowed))));
  }
}
