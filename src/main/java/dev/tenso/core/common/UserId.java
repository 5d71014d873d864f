package dev.tenso.core.common;

import java.util.regex.Pattern;

/** The directory's own id of a user (opaque, stable when the email changes). */
public record UserId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public UserId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(ErrorCode.USER_NOT_FOUND);
    }
  }

  /**
   * A user id as a channel received it (an administrator's choice in a dialog): anything that is
   * not an id is answered like an unknown user.
   */
  public static UserId of(String text) {
    return new UserId(text == null ? null : text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
