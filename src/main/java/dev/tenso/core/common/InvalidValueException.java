package dev.tenso.core.common;

/**
 * Thrown by a value object's {@code of(...)} when the text it was given is not a valid value.
 * Callers that collect every error of a form catch it and turn it into a {@link Violation}. The
 * message names the rule, never the offending input.
 */
public final class InvalidValueException extends RuntimeException {
  private final transient ErrorCode code;

  public InvalidValueException(ErrorCode code) {
    super(code.name(), null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
