package dev.tenso.core.directory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mail address, the login id (ログインID). Kept as entered; {@link #key()} is the lower-cased
 * form that makes it unique case-insensitively.
 */
public record Email(String value) {
  private static final Pattern FORM =
      Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
          + "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

  public Email {
    if (value == null || value.length() > 254 || !FORM.matcher(value).matches()
        || value.startsWith(".") || value.contains("..")) {
      throw new InvalidValueException(ErrorCode.EMAIL_INVALID);
    }
  }

  public static Email of(String text) {
    return new Email(text == null ? null : text.strip());
  }

  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
