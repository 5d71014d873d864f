package dev.tenso.core.forwarding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a destination slot read as a dialable number: half-width digits with optional
 * single hyphens between digits ({@code 090-1234-5678}). Anything else (full-width digits,
 * spaces, {@code +}, doubled or trailing hyphens) is not a number. Dialled from Japan: {@code 010}
 * is the international prefix ({@code 010-1-212-555-0123} is +1 212 555 0123), any other
 * {@code 0} the national trunk prefix ({@code 090-1234-5678} is +81 90 1234 5678).
 */
final class Dialable {
  static final String INTERNATIONAL_PREFIX = "010";
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

  /** True for {@code 010<country code><number>}. */
  static boolean international(String digits) {
    return digits.startsWith(INTERNATIONAL_PREFIX);
  }

  /** False for an international number whose country code ITU-T E.164 does not assign. */
  static boolean knownCountry(String digits) {
    return !international(digits)
        || CountryCodes.prefixOf(digits.substring(INTERNATIONAL_PREFIX.length())).isPresent();
  }

  /**
   * The E.164 form: {@code 010<cc><n>} becomes {@code +<cc><n>}, a national {@code 0<n>}
   * becomes {@code +81<n>}; empty when the digits do not start with {@code 0} or an
   * international number's country code is not assigned.
   */
  static Optional<String> e164(String digits) {
    if (!digits.startsWith("0") || !knownCountry(digits)) {
      return Optional.empty();
    }
    return Optional.of(international(digits)
        ? "+" + digits.substring(INTERNATIONAL_PREFIX.length())
        : "+81" + digits.substring(1));
  }

  /** True when the E.164 form exists and has at most 15 digits. */
  static boolean fitsE164(String digits) {
    return e164(digits).filter(e -> e.length() - 1 <= E164_MAX_DIGITS).isPresent();
  }

  /**
   * The national form ({@code 0...}) of a number in Japan, however it was entered
   * ({@code 050-1111-0001} or {@code 010-81-50-1111-0001}); empty for a number abroad.
   */
  static Optional<String> national(String digits) {
    return e164(digits).filter(e -> e.startsWith("+81")).map(e -> "0" + e.substring(3));
  }
}
