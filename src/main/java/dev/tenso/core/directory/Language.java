package dev.tenso.core.directory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import java.util.Locale;

/** メール言語: also the language every channel speaks to the user. */
public enum Language {
  JA,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Language of(String code) {
    if (code != null) {
      for (Language l : values()) {
        if (l.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
          return l;
        }
      }
    }
    throw new InvalidValueException(ErrorCode.LANGUAGE_INVALID);
  }
}
