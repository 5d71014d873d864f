package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.number;
import static dev.tenso.core.Fixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.forwarding.RoutingDecision.ForwardNow;
import dev.tenso.core.forwarding.RoutingDecision.RingTerminal;
import dev.tenso.core.forwarding.RoutingDecision.RingThenForward;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingDecisionTest {
  static final NumberDetails N = number("050-1111-0001", Plan.IP_VOICE, false, true, true);
  static final String TERMINAL = N.number().terminal();
  static final RoutingDecision.Number MOBILE = new RoutingDecision.Number("+819012345678");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UNCONDITIONAL", "BUSY", "NO_ANSWER", "UNREACHABLE"})
  void offRingsTheTerminal(ForwardingMode mode) {
    var s = setting(false, mode, 12, "1", "090-1234-5678");
    assertThat(RoutingDecision.decide(N, s)).isEqualTo(new RingTerminal(TERMINAL, 30));
  }

  @Test
  void unconditionalGoesStraightToTheDestination() {
    var s = setting(true, ForwardingMode.UNCONDITIONAL, 12, "1", "090-1234-5678");
    assertThat(RoutingDecision.decide(N, s)).isEqualTo(new ForwardNow(MOBILE));
    assertThat(RoutingDecision.decide(N, s.withActive(Target.voicemail())))
        .isEqualTo(new ForwardNow(new RoutingDecision.Voicemail()));
  }

  @ParameterizedTest(name = "{0} rings {1} s first")
  @CsvSource({"BUSY,30", "NO_ANSWER,12", "UNREACHABLE,30"})
  void conditionalModesRingTheTerminalFirst(ForwardingMode mode, int seconds) {
    var s = setting(true, mode, 12, "2", null, "090-1234-5678");
    assertThat(RoutingDecision.decide(N, s))
        .isEqualTo(new RingThenForward(TERMINAL, seconds, mode, MOBILE));
    assertThat(RoutingDecision.decide(N, s.withActive(Target.voicemail())))
        .isEqualTo(new RingThenForward(TERMINAL, seconds, mode, new RoutingDecision.Voicemail()));
  }

  @Test
  void aSettingThatCannotBeFollowedRingsTheTerminal() {
    var emptySlot = setting(true, ForwardingMode.UNCONDITIONAL, 30, "2", "090-1234-5678");
    assertThat(RoutingDecision.decide(N, emptySlot)).isEqualTo(new RingTerminal(TERMINAL, 30));
    var noBox = number("050-1111-0001", Plan.IP_VOICE, false, false, true);
    var voicemail = setting(true, ForwardingMode.UNCONDITIONAL, 30, "VOICEMAIL");
    assertThat(RoutingDecision.decide(noBox, voicemail))
        .isEqualTo(new RingTerminal(noBox.number().terminal(), 30));
  }
}
