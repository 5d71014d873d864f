package dev.tenso.importer;

import java.util.Locale;
import java.util.Optional;

/** Reads an enum constant by name, case-insensitively; reports {@code reason} otherwise. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> Optional<E> of(
      Fields f, String key, Class<E> type, ImportReason reason, Errors errors) {
    return f.required(key).flatMap(t -> parse(t, type).or(() -> {
      errors.add(f.line(key), f.path(key), reason);
      return Optional.empty();
    }));
  }

  static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type) {
    try {
      return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
