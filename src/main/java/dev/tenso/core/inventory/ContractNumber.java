package dev.tenso.core.inventory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import java.util.regex.Pattern;

/** A voice contract (音声契約, "N番"): {@code N} followed by digits. */
public record ContractNumber(String value) {
  private static final Pattern FORM = Pattern.compile("N\\d{1,20}");

  public ContractNumber {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(ErrorCode.CONTRACT_INVALID);
    }
  }

  public static ContractNumber of(String text) {
    return new ContractNumber(text == null ? null : text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
