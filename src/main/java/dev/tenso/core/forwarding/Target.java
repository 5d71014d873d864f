package dev.tenso.core.forwarding;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;

/** The active destination: one of the five slots (リスト1-5), or voicemail (留守番電話). */
public sealed interface Target permits Target.Slot, Target.Voicemail {
  int SLOTS = 5;

  record Slot(int index) implements Target {
    public Slot {
      if (index < 1 || index > SLOTS) {
        throw new InvalidValueException(ErrorCode.SLOT_OUT_OF_RANGE);
      }
    }
  }

  record Voicemail() implements Target {}

  static Target slot(int index) {
    return new Slot(index);
  }

  static Target voicemail() {
    return new Voicemail();
  }

  /** {@code "1"}..{@code "5"} or {@code "VOICEMAIL"}: the stored and imported form. */
  default String code() {
    return this instanceof Slot s ? Integer.toString(s.index()) : "VOICEMAIL";
  }

  static Target parse(String code) {
    if (code == null) {
      throw new InvalidValueException(ErrorCode.SLOT_OUT_OF_RANGE);
    }
    String c = code.strip();
    if (c.equalsIgnoreCase("VOICEMAIL")) {
      return voicemail();
    }
    // half-width digits only: Integer.parseInt alone would also read "１" (full-width) as 1
    if (c.isEmpty() || c.length() > 9 || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw new InvalidValueException(ErrorCode.SLOT_OUT_OF_RANGE);
    }
    return slot(Integer.parseInt(c));
  }
}
