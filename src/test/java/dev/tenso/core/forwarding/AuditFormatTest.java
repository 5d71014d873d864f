package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditFormatTest {
  @Test
  void theCanonicalText() {
    var s = setting(true, ForwardingMode.UNCONDITIONAL, 30, "1",
        "090-1234-5678", null, "03-1234-5678");
    assertThat(AuditFormat.format(s))
        .isEqualTo("on UNCONDITIONAL ring=30 slots=[090-1234-5678,,03-1234-5678,,] active=1");
    assertThat(AuditFormat.format(ForwardingSetting.initial()))
        .isEqualTo("off UNCONDITIONAL ring=30 slots=[,,,,] active=1");
  }

  static Stream<ForwardingSetting> settings() {
    return Stream.of(
        ForwardingSetting.initial(),
        setting(true, ForwardingMode.NO_ANSWER, 5, "VOICEMAIL", "0312345678"),
        setting(false, ForwardingMode.BUSY, 99, "5", null, null, null, null, "110"),
        setting(true, ForwardingMode.UNREACHABLE, -3, "2", "a,b", "[x] y%z", "０９０", "1", "2"));
  }

  @ParameterizedTest
  @MethodSource("settings")
  void parsesBackWhatItFormats(ForwardingSetting s) {
    assertThat(AuditFormat.parse(AuditFormat.format(s))).isEqualTo(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "on", "on FOO ring=30 slots=[,,,,] active=1",
      "on BUSY ring=30 slots=[,,,] active=1", "on BUSY ring=30 slots=[,,,,] active=6"})
  void refusesOtherText(String text) {
    assertThatThrownBy(() -> AuditFormat.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
