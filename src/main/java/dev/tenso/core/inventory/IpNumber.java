package dev.tenso.core.inventory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An IP phone number (IP電話番号): {@code 050} and 8 more digits. Held as its 11 digits; hyphens
 * are accepted on input and put back by {@link #display()}. Full-width digits are refused.
 */
public record IpNumber(String digits) implements Comparable<IpNumber> {
  private static final Pattern DIGITS = Pattern.compile("050\\d{8}");
  private static final Pattern INPUT = Pattern.compile("[0-9-]+");

  public IpNumber {
    if (digits == null || !DIGITS.matcher(digits).matches()) {
      throw new InvalidValueException(ErrorCode.NUMBER_INVALID);
    }
  }

  /** Parses {@code 050-1111-0001} or {@code 05011110001}. */
  public static IpNumber of(String text) {
    if (text == null) {
      throw new InvalidValueException(ErrorCode.NUMBER_INVALID);
    }
    String t = text.strip();
    if (!INPUT.matcher(t).matches() || t.startsWith("-") || t.endsWith("-") || t.contains("--")) {
      throw new InvalidValueException(ErrorCode.NUMBER_INVALID);
    }
    return new IpNumber(t.replace("-", ""));
  }

  /** {@code 050-XXXX-XXXX}. */
  public String display() {
    return digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
  }

  /** The number in E.164 form for Japan ({@code +8150...}). */
  public String e164() {
    return "+81" + digits.substring(1);
  }

  @Override
  public int compareTo(IpNumber o) {
    return digits.compareTo(o.digits);
  }

  @Override
  public String toString() {
    return display();
  }
}
