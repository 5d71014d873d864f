package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.number;
import static dev.tenso.core.Fixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Plan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A change is answered with every wrong field at once, also when a part cannot be applied. */
class AllWrongFieldsTest {
  static final NumberDetails MOBILE_OFFICE =
      number("050-1111-0001", Plan.MOBILE_OFFICE, false, false, false);
  static final ForwardingSetting CURRENT = setting(false, ForwardingMode.UNCONDITIONAL, 30, "1",
      "090-1234-5678", "03-1234-5678");
  static final ForwardingSetting FULL = setting(false, ForwardingMode.UNCONDITIONAL, 30, "1",
      "0311111111", "0322222222", "0333333333", "0344444444", "0355555555");

  static Tuple t(String field, ErrorCode code) {
    return Tuple.tuple(field, code);
  }

  static Stream<Arguments> changes() {
    var none = ForwardingChange.none();
    return Stream.of(
        Arguments.of("slot 7 and ring 99", CURRENT,
            none.withSlot(7, "0312345678").withRingTime(99),
            List.of(t("slot", ErrorCode.SLOT_OUT_OF_RANGE),
                t("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE))),
        Arguments.of("slots 0 and 9, and 110 in slot 2", CURRENT,
            none.withSlot(0, "0312345678").withSlot(9, "0312345678").withSlot(2, "110"),
            List.of(t("slot", ErrorCode.SLOT_OUT_OF_RANGE),
                t("slot2", ErrorCode.DESTINATION_SPECIAL_NUMBER))),
        Arguments.of("to list 6 with ring 4", CURRENT,
            ForwardingChange.turnOnToSlot(6).withRingTime(4),
            List.of(t("active", ErrorCode.SLOT_OUT_OF_RANGE),
                t("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE))),
        Arguments.of("an unknown target, busy on mobile office", CURRENT,
            none.withActive("X").withMode(ForwardingMode.BUSY),
            List.of(t("active", ErrorCode.SLOT_OUT_OF_RANGE),
                t("mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN))),
        Arguments.of("to list 9, the current list empty: no word of the old one", CURRENT
                .withActive(Target.slot(4)), ForwardingChange.turnOnToSlot(9),
            List.of(t("active", ErrorCode.SLOT_OUT_OF_RANGE))),
        Arguments.of("no number, ring 31", CURRENT,
            ForwardingChange.turnOnToNumber(" ").withRingTime(31),
            List.of(t("destination", ErrorCode.DESTINATION_REQUIRED),
                t("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE))),
        Arguments.of("slots full, busy, voicemail without a box", FULL,
            ForwardingChange.turnOnToNumber("0366666666").withMode(ForwardingMode.BUSY)
                .withSlot(3, "０３"),
            List.of(t("destination", ErrorCode.SLOTS_FULL),
                t("mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN),
                t("slot3", ErrorCode.DESTINATION_INVALID_CHARACTERS))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void everyWrongFieldInOneAnswer(String name, ForwardingSetting current,
      ForwardingChange change, List<Tuple> expected) {
    var refused = ForwardingRules.apply(MOBILE_OFFICE, current, change, ip -> Optional.empty(),
        ip -> true);
    assertThat(refused.violations()).extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
