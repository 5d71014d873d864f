package dev.tenso.core.inventory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import java.util.regex.Pattern;

/** A site (拠点) id: letters, digits, {@code -} and {@code _}, 1-32 characters. */
public record SiteId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  public SiteId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(ErrorCode.SITE_INVALID);
    }
  }

  public static SiteId of(String text) {
    return new SiteId(text == null ? null : text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
