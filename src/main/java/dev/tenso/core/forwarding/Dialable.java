package dev.tenso.core.forwarding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a destination slot read as a dialable number: half-width digits with optional
 * single hyphens between digits ({@code 090-1234-5678}). Anything else (full-width digits,
 * spaces, {@code +}, doubled or trailing hyphens) is not a number.
 */
final class Dialable {
  private static final Pattern FORM = Pattern.compile("[0-9]+(?:-[0-9]+)*");
  private static final int E164_MAX_DIGITS = 15;

  private Dialable() {}

  /** The digits of a well-formed destination text, or empty when it is not well formed. */
  static Optional<String> digits(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(text.replace("-", ""));
  }

  /** The E.164 form of national digits: the leading {@code 0} becomes {@code +81}. */
  static String e164(String digits) {
    return digits.startsWith("0") ? "+81" + digits.substring(1) : "+" + digits;
  }

  /** True when the E.164 form has at most 15 digits. */
  static boolean fitsE164(String digits) {
    return e164(digits).length() - 1 <= E164_MAX_DIGITS;
  }
}
