package dev.tenso.core.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The active target as written by channels and the import: リスト1-5 (half-width) or voicemail. */
class TargetTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1,1", "5,5", "' 3 ',3", "VOICEMAIL,VOICEMAIL", "voicemail,VOICEMAIL"})
  void readsASlotOrVoicemail(String text, String code) {
    assertThat(Target.parse(text).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "6", "-1", "+1", "１", "５", "٣", "", "slot1", "99999999999"})
  void refusesAnythingElseAsOutOfRange(String text) {
    assertThatThrownBy(() -> Target.parse(text)).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCode.SLOT_OUT_OF_RANGE);
  }
}
