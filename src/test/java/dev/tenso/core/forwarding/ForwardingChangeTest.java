package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ForwardingChangeTest {
  static final ForwardingSetting CURRENT = setting(true, ForwardingMode.NO_ANSWER, 20, "3",
      "090-1234-5678", null, "03-1234-5678", null, null);

  @Test
  void turningOffKeepsEverythingElse() {
    var after = ForwardingChange.turnOff().applyTo(CURRENT).orElseThrow();
    assertThat(after).isEqualTo(CURRENT.withEnabled(false));
    assertThat(after.slots()).isEqualTo(CURRENT.slots());
    assertThat(after.active()).isEqualTo(Target.slot(3));
  }

  @Test
  void turningOnToASlotKeepsModeAndSlots() {
    var after = ForwardingChange.turnOnToSlot(1).applyTo(CURRENT.withEnabled(false)).orElseThrow();
    assertThat(after).isEqualTo(CURRENT.withActive(Target.slot(1)));
  }

  @ParameterizedTest(name = "slot {0}")
  @CsvSource({"0", "6", "-1"})
  void aSlotOutsideOneToFiveIsRefused(int slot) {
    assertThat(ForwardingChange.turnOnToSlot(slot).applyTo(CURRENT).violations())
        .containsExactly(Violation.of("active", ErrorCode.SLOT_OUT_OF_RANGE));
    assertThat(ForwardingChange.none().withSlot(slot, "0312345678").applyTo(CURRENT).violations())
        .containsExactly(Violation.of("slot", ErrorCode.SLOT_OUT_OF_RANGE));
  }

  static Stream<Arguments> placements() {
    return Stream.of(
        Arguments.of("09012345678", 1, "090-1234-5678"),
        Arguments.of("0312345678", 3, "03-1234-5678"),
        Arguments.of("03-1234-5678", 3, "03-1234-5678"),
        Arguments.of("080-1111-2222", 2, "080-1111-2222"),
        Arguments.of(" 080-1111-2222 ", 2, "080-1111-2222"));
  }

  @ParameterizedTest(name = "{0} -> slot {1}")
  @MethodSource("placements")
  void aNewNumberReusesItsSlotOrTakesTheFirstEmptyOne(String entered, int slot, String held) {
    var after = ForwardingChange.turnOnToNumber(entered)
        .applyTo(CURRENT.withEnabled(false)).orElseThrow();
    assertThat(after.enabled()).isTrue();
    assertThat(after.active()).isEqualTo(Target.slot(slot));
    assertThat(after.slot(slot)).contains(held);
    assertThat(after.mode()).isEqualTo(ForwardingMode.NO_ANSWER);
  }

  @Test
  void aNewNumberWithFiveFullSlotsIsRefused() {
    var full = setting(false, ForwardingMode.UNCONDITIONAL, 30, "1",
        "0311111111", "0322222222", "0333333333", "0344444444", "0355555555");
    assertThat(ForwardingChange.turnOnToNumber("0366666666").applyTo(full).violations())
        .containsExactly(Violation.of("destination", ErrorCode.SLOTS_FULL));
    assertThat(ForwardingChange.turnOnToNumber("03-3333-3333").applyTo(full).orElseThrow())
        .isEqualTo(full.withEnabled(true).withActive(Target.slot(3)));
  }

  @Test
  void aBlankNumberIsRequired() {
    assertThat(ForwardingChange.turnOnToNumber("  ").applyTo(CURRENT).violations())
        .containsExactly(Violation.of("destination", ErrorCode.DESTINATION_REQUIRED));
  }

  @Test
  void voicemailAndReplaceAllAndParts() {
    assertThat(ForwardingChange.turnOnToVoicemail().applyTo(CURRENT).orElseThrow())
        .isEqualTo(CURRENT.withActive(Target.voicemail()));
    var other = setting(false, ForwardingMode.BUSY, 10, "2", null, "0312345678");
    assertThat(ForwardingChange.replaceAll(other).applyTo(CURRENT).orElseThrow()).isEqualTo(other);
    Outcome<ForwardingSetting> parts = ForwardingChange.none().withMode(ForwardingMode.BUSY)
        .withRingTime(15).withSlot(1, null).withSlot(5, "0120-00-0000").withActive("5")
        .applyTo(CURRENT);
    assertThat(parts.orElseThrow()).isEqualTo(setting(true, ForwardingMode.BUSY, 15, "5",
        null, null, "03-1234-5678", null, "0120-00-0000"));
    assertThat(ForwardingChange.none().applyTo(CURRENT).orElseThrow()).isEqualTo(CURRENT);
  }
}
