package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.common.Actor;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.ForwardingView;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.inventory.IpNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 6's rule corrections through the wired use cases, on a real Redis. */
class ForwardingRuleCorrectionsTest extends AppFixture {
  static final String KANSAI = "050-2222-0001";

  @Autowired ForwardingUseCases forwarding;
  @Autowired ForwardingStore store;

  @Test
  void turningOffWorksAfterTheContractLostItsMessageBoxAndSaysWhy(@TempDir Path dir)
      throws IOException {
    Actor emily = signedIn("emily@example.com");
    assertThat(forwarding.change(emily, KANSAI, ForwardingChange.turnOnToVoicemail()).isOk())
        .isTrue();
    importer.load(organisationWithoutMessageBox(dir).toString());

    ForwardingView off = forwarding.turnOff(emily, KANSAI).orElseThrow();

    assertThat(off.changed()).isTrue();
    assertThat(off.after()).isEqualTo(off.before().withEnabled(false));
    assertThat(off.warnings())
        .containsExactly(Violation.of("active", ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX));
    assertThat(store.get(IpNumber.of(KANSAI)).value()).isEqualTo(off.after());
    // turning it on again is checked in full
    assertThat(codes(forwarding.change(emily, KANSAI, ForwardingChange.none().withEnabled(true))))
        .containsExactly(ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX);
  }

  @Test
  void aLoopThroughANumberOutsideTheScopeIsRefusedWithoutNamingIt() {
    Actor admin = signedIn("admin@example.com");
    Actor emily = signedIn("emily@example.com"); // sees 関西 (Y00000002), not 050-1111-0002
    assertThat(forwarding.change(admin, "050-1111-0002",
        ForwardingChange.turnOnToNumber(KANSAI)).isOk()).isTrue();
    var before = store.get(IpNumber.of(KANSAI));

    Outcome<ForwardingView> refused =
        forwarding.change(emily, KANSAI, ForwardingChange.turnOnToNumber("050-1111-0002"));

    assertThat(refused.violations())
        .containsExactly(Violation.of("active", ErrorCode.DESTINATION_NOT_ALLOWED));
    assertThat(store.get(IpNumber.of(KANSAI))).isEqualTo(before);
    // an administrator sees both numbers, and is told it is a loop
    assertThat(codes(forwarding.change(admin, KANSAI,
        ForwardingChange.turnOnToNumber("050-1111-0002"))))
        .containsExactly(ErrorCode.DESTINATION_LOOP);
  }

  @Test
  void anInternationalDestinationIsDialledAsItsCountrysNumber() {
    Actor admin = signedIn("admin@example.com");

    assertThat(forwarding.change(admin, KANSAI,
        ForwardingChange.turnOnToNumber("010-1-212-555-0123")).isOk()).isTrue();

    assertThat(forwarding.routing(IpNumber.of(KANSAI))).contains(
        new RoutingDecision.ForwardNow(new RoutingDecision.Number("+12125550123")));
    assertThat(codes(forwarding.change(admin, "050-2222-0002",
        ForwardingChange.turnOnToNumber("010-999-1234-5678"))))
        .containsExactly(ErrorCode.DESTINATION_COUNTRY_UNKNOWN);
  }

  @Test
  void aSlotOutsideOneToFiveAndARingTimeOf99AreReportedTogether() {
    Actor admin = signedIn("admin@example.com");
    var before = store.get(IpNumber.of(KANSAI));

    Outcome<ForwardingView> refused = forwarding.change(admin, KANSAI,
        ForwardingChange.none().withSlot(7, "03-1234-5678").withRingTime(99));

    assertThat(codes(refused)).containsExactlyInAnyOrder(
        ErrorCode.SLOT_OUT_OF_RANGE, ErrorCode.RING_TIME_OUT_OF_RANGE);
    assertThat(store.get(IpNumber.of(KANSAI))).isEqualTo(before);
  }

  /** The test organisation again, with the 関西 contract's message box cancelled. */
  private static Path organisationWithoutMessageBox(Path dir) throws IOException {
    String yaml;
    try (InputStream in = ForwardingRuleCorrectionsTest.class
        .getResourceAsStream("/it/organisation.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String changed = yaml.replace("membersNet: true, messageBox: true",
        "membersNet: true, messageBox: false");
    assertThat(changed).isNotEqualTo(yaml);
    return Files.writeString(dir.resolve("organisation.yaml"), changed);
  }

  private static List<ErrorCode> codes(Outcome<?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }
}
