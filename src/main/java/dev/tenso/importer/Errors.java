package dev.tenso.importer;

import dev.tenso.core.common.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Collects every error of a file, sorted by line, without duplicates. */
final class Errors {
  private final TreeSet<ImportError> errors = new TreeSet<>();

  void add(int line, String path, String reason) {
    errors.add(new ImportError(line, path, reason));
  }

  /** The value, or empty with an error naming the value object's error code. */
  <T> Optional<T> value(int line, String path, Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (InvalidValueException e) {
      add(line, path, e.code().name());
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
