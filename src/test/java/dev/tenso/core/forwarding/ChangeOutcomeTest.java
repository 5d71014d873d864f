package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Plan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the change use case computes before it writes: the next setting, checked. */
class ChangeOutcomeTest {
  static final NumberDetails MOBILE_OFFICE =
      Fixtures.number("050-1111-0001", Plan.MOBILE_OFFICE, false, false, false);
  static final ForwardingSetting CURRENT = setting(true, ForwardingMode.UNCONDITIONAL, 30, "1",
      "090-1234-5678", "03-1234-5678");

  static java.util.Optional<ForwardingSetting> none(IpNumber ip) {
    return Optional.empty();
  }

  @Test
  void turningOffPassesTheRulesAndKeepsTheSlots() {
    var next = ForwardingRules.apply(MOBILE_OFFICE, CURRENT, ForwardingChange.turnOff(),
        ChangeOutcomeTest::none, ip -> true).orElseThrow().setting();
    assertThat(next.enabled()).isFalse();
    assertThat(next.slots()).isEqualTo(CURRENT.slots());
  }

  @Test
  void aChangeBreakingSeveralRulesReportsThemAll() {
    var change = ForwardingChange.none().withMode(ForwardingMode.BUSY).withRingTime(4)
        .withSlot(3, "119").withActive("VOICEMAIL");
    var v = ForwardingRules.apply(MOBILE_OFFICE, CURRENT, change, ChangeOutcomeTest::none,
        ip -> true).violations();
    assertThat(v).extracting(Violation::field).containsExactly("mode", "ringTime", "slot3",
        "active");
  }

  @Test
  void aPartThatCannotApplyIsReportedWithWhatTheRulesSayOfTheRest() {
    var full = setting(false, ForwardingMode.BUSY, 30, "1",
        "0311111111", "0322222222", "0333333333", "0344444444", "0355555555");
    assertThat(ForwardingRules.apply(MOBILE_OFFICE, full,
        ForwardingChange.turnOnToNumber("0366666666"), ChangeOutcomeTest::none, ip -> true)
        .violations()).extracting(Violation::code).containsExactly(
            ErrorCode.SLOTS_FULL, ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN);
  }

  @Test
  void aNewNumberIsCheckedInTheSlotItLandsIn() {
    var v = ForwardingRules.apply(MOBILE_OFFICE, CURRENT,
        ForwardingChange.turnOnToNumber("110"), ChangeOutcomeTest::none, ip -> true).violations();
    assertThat(v).containsExactly(Violation.of("slot3", ErrorCode.DESTINATION_SPECIAL_NUMBER));
  }
}
