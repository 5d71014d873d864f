package dev.tenso.core.inventory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import java.util.regex.Pattern;

/** A voice group (音声グループ, "Y番"): {@code Y} followed by digits. */
public record VoiceGroupId(String value) implements Comparable<VoiceGroupId> {
  private static final Pattern FORM = Pattern.compile("Y\\d{1,20}");

  public VoiceGroupId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidValueException(ErrorCode.VOICE_GROUP_INVALID);
    }
  }

  public static VoiceGroupId of(String text) {
    return new VoiceGroupId(text == null ? null : text.strip());
  }

  @Override
  public int compareTo(VoiceGroupId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
