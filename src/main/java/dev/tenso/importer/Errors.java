package dev.tenso.importer;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Collects every error of a file, sorted by line, without duplicates. */
final class Errors {
  /**
   * The params of a core rule an import error keeps: the rule's limits and a list position,
   * always a small number. Anything else a violation carries (a group name, a plan) may be a
   * value of the file and is dropped.
   */
  static final Set<String> RULE_PARAMS = Set.of("min", "max", "slot");
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");
  private final TreeSet<ImportError> errors = new TreeSet<>();

  void add(int line, String path, ImportReason reason) {
    errors.add(ImportError.of(line, path, reason));
  }

  /** An import reason with its params (see {@link ImportReason#params()}). */
  void add(int line, String path, ImportReason reason, Map<String, String> params) {
    errors.add(new ImportError(line, path, reason.name(), params));
  }

  void add(int line, String path, ErrorCode code) {
    errors.add(new ImportError(line, path, code.name()));
  }

  /** A core rule's violation, with its limits (never a value of the file). */
  void add(int line, String path, Violation v) {
    errors.add(new ImportError(line, path, v.code().name(), ruleParams(v.params())));
  }

  static Map<String, String> ruleParams(Map<String, String> params) {
    Map<String, String> out = new TreeMap<>();
    params.forEach((k, v) -> {
      if (RULE_PARAMS.contains(k) && SMALL_NUMBER.matcher(v).matches()) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** The value, or empty with an error naming the value object's error code. */
  <T> Optional<T> value(int line, String path, Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (InvalidValueException e) {
      add(line, path, e.code());
      return Optional.empty();
    }
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<ImportError> list() {
    return new ArrayList<>(errors);
  }
}
