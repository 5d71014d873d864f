package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.number;
import static dev.tenso.core.Fixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Plan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 転送しない always works, also when the stored setting no longer passes today's rules (a
 * contract lost its message box, Members Net now limits a slot): the rest is kept, the answer
 * says what breaks the rules, and the next change that turns forwarding on is checked in full.
 */
class TurnOffAlwaysWorksTest {
  static final String SELF = "050-1111-0001";
  static final String DIGITS_30 = "0" + "9".repeat(29);

  static Outcome<ForwardingRules.Checked> apply(NumberDetails n, ForwardingSetting current,
      ForwardingChange change) {
    return ForwardingRules.apply(n, current, change, ip -> Optional.empty(), ip -> true);
  }

  static Stream<Arguments> staleSettings() {
    var ipVoice = number(SELF, Plan.IP_VOICE, false, true, false);
    var noBox = number(SELF, Plan.IP_VOICE, false, false, false);
    var membersNet = number(SELF, Plan.IP_VOICE, true, true, false);
    var mobileOffice = number(SELF, Plan.MOBILE_OFFICE, false, true, false);
    var toVoicemail = setting(true, ForwardingMode.UNCONDITIONAL, 30, "VOICEMAIL", "0312345678");
    return Stream.of(
        Arguments.of("still valid", ipVoice, toVoicemail, List.of()),
        Arguments.of("message box gone, voicemail active", noBox, toVoicemail,
            List.of(Violation.of("active", ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX))),
        Arguments.of("Members Net now, 30 digits in list 2", membersNet,
            setting(true, ForwardingMode.UNCONDITIONAL, 30, "1", "0312345678", DIGITS_30),
            List.of(Violation.of("slot2", ErrorCode.DESTINATION_TOO_LONG, "max", 28))),
        Arguments.of("mobile office now, busy", mobileOffice,
            setting(true, ForwardingMode.BUSY, 30, "1", "0312345678"),
            List.of(Violation.of("mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN, "plan",
                "MOBILE_OFFICE"))),
        Arguments.of("already off, message box gone", noBox, toVoicemail.withEnabled(false),
            List.of(Violation.of("active", ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("staleSettings")
  void turningOffSucceedsKeepsTheRestAndSaysWhatBreaksTheRules(String name, NumberDetails n,
      ForwardingSetting stored, List<Violation> warnings) {
    var off = apply(n, stored, ForwardingChange.turnOff()).orElseThrow();
    assertThat(off.setting()).isEqualTo(stored.withEnabled(false));
    assertThat(off.warnings()).containsExactlyElementsOf(warnings);

    // the same turn-off sent as a whole setting (a form with every field) works the same way
    assertThat(apply(n, stored, ForwardingChange.replaceAll(stored.withEnabled(false)))
        .orElseThrow()).isEqualTo(off);

    // any other change, and turning on again, is checked in full
    if (!warnings.isEmpty()) {
      assertThat(apply(n, off.setting(), ForwardingChange.none().withEnabled(true)).violations())
          .containsAll(warnings);
      assertThat(apply(n, off.setting(), ForwardingChange.none().withRingTime(20)).violations())
          .containsAll(warnings);
      assertThat(apply(n, stored, ForwardingChange.turnOff().withRingTime(20)).violations())
          .containsAll(warnings);
    }
  }
}
