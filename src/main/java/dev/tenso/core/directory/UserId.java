package dev.tenso.core.directory;

import java.util.Objects;
import java.util.regex.Pattern;

/** The directory's own id of a user (opaque, stable when the email changes). */
public record UserId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public UserId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("malformed user id");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
