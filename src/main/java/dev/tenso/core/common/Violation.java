package dev.tenso.core.common;

import java.util.Map;
import java.util.Objects;

/**
 * One reason an input was refused: which field, which rule, and the values a message needs
 * (for example {@code max=28}). Never carries a code, secret or token.
 */
public record Violation(String field, ErrorCode code, Map<String, String> params) {
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    params = Map.copyOf(params);
  }

  public static Violation of(String field, ErrorCode code) {
    return new Violation(field, code, Map.of());
  }

  public static Violation of(String field, ErrorCode code, String key, Object value) {
    return new Violation(field, code, Map.of(key, String.valueOf(value)));
  }
}
