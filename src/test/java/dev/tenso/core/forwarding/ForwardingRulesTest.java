package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.ipVoice;
import static dev.tenso.core.Fixtures.number;
import static dev.tenso.core.Fixtures.onTo;
import static dev.tenso.core.Fixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ForwardingRulesTest {
  static final String SELF = "050-1111-0001";
  static final Function<IpNumber, Optional<ForwardingSetting>> NO_OTHERS = ip -> Optional.empty();

  static List<Violation> check(NumberDetails n, ForwardingSetting s) {
    return ForwardingRules.validate(n, s, NO_OTHERS);
  }

  /** {@code count} digits starting with 0. */
  static String digits(int count) {
    return "0" + "9".repeat(count - 1);
  }

  @ParameterizedTest(name = "ring time {0} -> {1}")
  @CsvSource({"4,false", "5,true", "30,true", "31,false", "0,false", "-1,false"})
  void ringTimeIsFiveToThirty(int ring, boolean ok) {
    var s = setting(true, ForwardingMode.NO_ANSWER, ring, "1", "090-1234-5678");
    var v = check(ipVoice(SELF), s);
    if (ok) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).containsExactly(new Violation("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE,
          Map.of("min", "5", "max", "30")));
    }
  }

  static Stream<Arguments> destinations() {
    NumberDetails plain = ipVoice(SELF);
    NumberDetails membersNet = number(SELF, Plan.IP_VOICE, true, true, false);
    NumberDetails routed = number(SELF, Plan.IP_VOICE, false, true, true);
    return Stream.of(
        Arguments.of(plain, "090-1234-5678", null),
        Arguments.of(plain, "09012345678", null),
        Arguments.of(plain, "03-1234-5678", null),
        Arguments.of(plain, "0-3-1-2-3-4-5-6-7-8", null),
        Arguments.of(plain, digits(32), null),
        Arguments.of(plain, digits(33), ErrorCode.DESTINATION_TOO_LONG),
        Arguments.of(membersNet, digits(28), null),
        Arguments.of(membersNet, digits(29), ErrorCode.DESTINATION_TOO_LONG),
        Arguments.of(plain, "090--1234-5678", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "-09012345678", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "09012345678-", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "０９０１２３４５６７８", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "090-１２３４-5678", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "090 1234 5678", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "+819012345678", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "090ー1234ー5678", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        Arguments.of(plain, "110", ErrorCode.DESTINATION_SPECIAL_NUMBER),
        Arguments.of(plain, "118", ErrorCode.DESTINATION_SPECIAL_NUMBER),
        Arguments.of(plain, "119", ErrorCode.DESTINATION_SPECIAL_NUMBER),
        Arguments.of(plain, "117", ErrorCode.DESTINATION_SPECIAL_NUMBER),
        Arguments.of(plain, "1-1-0", ErrorCode.DESTINATION_SPECIAL_NUMBER),
        Arguments.of(plain, "12345678901", ErrorCode.DESTINATION_SPECIAL_NUMBER),
        Arguments.of(plain, "9012345678", ErrorCode.DESTINATION_MUST_START_WITH_ZERO),
        Arguments.of(plain, "090123456", ErrorCode.DESTINATION_TOO_SHORT),
        Arguments.of(plain, "0901234567", null),
        Arguments.of(plain, SELF, ErrorCode.DESTINATION_IS_SELF),
        Arguments.of(plain, "05011110001", ErrorCode.DESTINATION_IS_SELF),
        Arguments.of(plain, "050-1111-0002", null),
        Arguments.of(routed, digits(14), null),
        Arguments.of(routed, digits(15), ErrorCode.DESTINATION_NOT_E164),
        Arguments.of(plain, digits(15), null),
        Arguments.of(routed, "090-1234-5678", null));
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("destinations")
  void everyNonEmptySlotIsChecked(NumberDetails n, String destination, ErrorCode expected) {
    for (int slot = 1; slot <= 5; slot++) {
      String[] slots = new String[5];
      slots[slot - 1] = destination;
      var s = setting(false, ForwardingMode.UNCONDITIONAL, 30, "1", slots);
      var v = check(n, s);
      if (expected == null) {
        assertThat(v).isEmpty();
      } else {
        assertThat(v).extracting(Violation::field, Violation::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("slot" + slot, expected));
      }
    }
  }

  @ParameterizedTest(name = "members net {0}: max {1}")
  @CsvSource({"false,32", "true,28"})
  void tooLongNamesTheLimit(boolean membersNet, int max) {
    var n = number(SELF, Plan.IP_VOICE, membersNet, false, false);
    assertThat(check(n, onTo(digits(max + 1))))
        .containsExactly(Violation.of("slot1", ErrorCode.DESTINATION_TOO_LONG, "max", max));
  }

  @ParameterizedTest(name = "{0} on {1} -> allowed {2}")
  @CsvSource({
    "UNCONDITIONAL,MOBILE_OFFICE,true", "BUSY,MOBILE_OFFICE,false",
    "NO_ANSWER,MOBILE_OFFICE,false", "UNREACHABLE,MOBILE_OFFICE,false",
    "UNCONDITIONAL,IP_VOICE,true", "BUSY,IP_VOICE,true",
    "NO_ANSWER,IP_VOICE,true", "UNREACHABLE,IP_VOICE,true"})
  void planDecidesTheModes(ForwardingMode mode, Plan plan, boolean allowed) {
    var n = number(SELF, plan, false, true, false);
    var v = check(n, setting(true, mode, 30, "1", "090-1234-5678"));
    if (allowed) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).extracting(Violation::field, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(
              "mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN));
    }
  }

  @ParameterizedTest(name = "voicemail, message box {0}, on {1}")
  @CsvSource({"true,true", "true,false", "false,true", "false,false"})
  void voicemailNeedsAMessageBox(boolean messageBox, boolean on) {
    var n = number(SELF, Plan.IP_VOICE, false, messageBox, false);
    var v = check(n, setting(on, ForwardingMode.UNCONDITIONAL, 30, "VOICEMAIL"));
    if (messageBox) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).containsExactly(Violation.of("active", ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX));
    }
  }

  @Test
  void anEmptyActiveSlotIsRefusedOnlyWhenOn() {
    var on = setting(true, ForwardingMode.UNCONDITIONAL, 30, "2", "090-1234-5678");
    assertThat(check(ipVoice(SELF), on))
        .containsExactly(Violation.of("active", ErrorCode.SLOT_EMPTY, "slot", 2));
    assertThat(check(ipVoice(SELF), on.withEnabled(false))).isEmpty();
  }

  @Test
  void everyWrongFieldIsReportedAtOnce() {
    var n = number(SELF, Plan.MOBILE_OFFICE, true, false, false);
    var s = setting(true, ForwardingMode.BUSY, 31, "4", "110", digits(29), "０３", null, SELF);
    assertThat(check(n, s)).extracting(Violation::field, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN),
        org.assertj.core.groups.Tuple.tuple("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE),
        org.assertj.core.groups.Tuple.tuple("slot1", ErrorCode.DESTINATION_SPECIAL_NUMBER),
        org.assertj.core.groups.Tuple.tuple("slot2", ErrorCode.DESTINATION_TOO_LONG),
        org.assertj.core.groups.Tuple.tuple("slot3", ErrorCode.DESTINATION_INVALID_CHARACTERS),
        org.assertj.core.groups.Tuple.tuple("slot5", ErrorCode.DESTINATION_IS_SELF),
        org.assertj.core.groups.Tuple.tuple("active", ErrorCode.SLOT_EMPTY));
  }

  static final String A = "050-1111-0001";
  static final String B = "050-2222-0002";
  static final String C = "050-3333-0003";

  static Function<IpNumber, Optional<ForwardingSetting>> others(
      Map<String, ForwardingSetting> settings) {
    return ip -> Optional.ofNullable(settings.get(ip.digits()));
  }

  static Stream<Arguments> chains() {
    var busyToA = setting(true, ForwardingMode.BUSY, 30, "2", "090-0000-0000", A);
    return Stream.of(
        Arguments.of("A->B->A", Map.of("05022220002", onTo(A)), true),
        Arguments.of("A->B->A hyphen-free", Map.of("05022220002", onTo("05011110001")), true),
        Arguments.of("A->B->A in any mode", Map.of("05022220002", busyToA), true),
        Arguments.of("A->B->A, A entered as 010-81",
            Map.of("05022220002", onTo("010-81-50-1111-0001")), true),
        Arguments.of("A->B->C->A",
            Map.of("05022220002", onTo(C), "05033330003", onTo(A)), true),
        Arguments.of("A->B->C, C off",
            Map.of("05022220002", onTo(C), "05033330003", onTo(A).withEnabled(false)), false),
        Arguments.of("A->B (off) ->A", Map.of("05022220002", onTo(A).withEnabled(false)), false),
        Arguments.of("A->B->mobile", Map.of("05022220002", onTo("090-1234-5678")), false),
        Arguments.of("A->B->C->B (a loop not through A)",
            Map.of("05022220002", onTo(C), "05033330003", onTo(B)), false),
        Arguments.of("B not a tenso number", Map.of(), false));
  }

  @ParameterizedTest(name = "{0}: loop {2}")
  @MethodSource("chains")
  void aChainLeadingBackIsALoop(String name, Map<String, ForwardingSetting> settings,
      boolean loop) {
    var v = ForwardingRules.validate(ipVoice(A), onTo(B), others(settings));
    if (loop) {
      assertThat(v).containsExactly(Violation.of("active", ErrorCode.DESTINATION_LOOP, "slot", 1));
    } else {
      assertThat(v).isEmpty();
    }
  }

  @Test
  void aLoopIsNotCheckedWhileOff() {
    var v = ForwardingRules.validate(ipVoice(A), onTo(B).withEnabled(false),
        others(Map.of("05022220002", onTo(A))));
    assertThat(v).isEmpty();
  }

  @Test
  void aLongChainEndsAfterTenHops() {
    java.util.Map<String, ForwardingSetting> chain = new java.util.HashMap<>();
    for (int i = 2; i <= 12; i++) {
      String next = i == 12 ? A : String.format("050%08d", i + 1);
      chain.put(String.format("050%08d", i), onTo(next));
    }
    var v = ForwardingRules.validate(ipVoice(A), onTo("05000000002"), others(chain));
    assertThat(v).isEmpty();
  }
}
