package dev.tenso.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads an enum constant by name, case-insensitively, or by the manual's word for it
 * ({@link ManualWords}); reports {@code reason} otherwise.
 */
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
      return ManualWords.choice(text, type);
    }
  }

  /**
   * The constant's name when {@code text} names one (by name or the manual's word), else
   * {@code text} unchanged, for a core form that reads names and reports a wrong value itself.
   */
  static <E extends Enum<E>> String name(String text, Class<E> type) {
    return parse(text, type).map(Enum::name).orElse(text);
  }
}
