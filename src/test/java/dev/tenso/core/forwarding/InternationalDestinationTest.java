package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.number;
import static dev.tenso.core.Fixtures.onTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.forwarding.RoutingDecision.ForwardNow;
import dev.tenso.core.forwarding.RoutingDecision.RingTerminal;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Plan;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code 010} is Japan's international prefix: the rules and the routing read it so. */
class InternationalDestinationTest {
  static final String SELF = "050-1111-0001";
  static final NumberDetails ROUTED = number(SELF, Plan.IP_VOICE, false, true, true);
  static final NumberDetails CARRIER = number(SELF, Plan.IP_VOICE, false, true, false);
  static final NumberDetails CARRIER_MEMBERS_NET = number(SELF, Plan.IP_VOICE, true, true, false);

  /** {@code 010}, then {@code country}, then digits up to {@code total} digits in all. */
  static String international(String country, int total) {
    String head = "010" + country;
    return head + "2".repeat(total - head.length());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "-", value = {
    "010-1-212-555-0123,   +12125550123",
    "010-44-20-7946-0018,  +442079460018",
    "010-886-2-1234-5678,  +886212345678",
    "010-800-1234-5678,    +80012345678",
    "010-81-90-1234-5678,  +819012345678",
    "090-1234-5678,        +819012345678",
    "03-1234-5678,         +81312345678",
    "0120-444-444,         +81120444444",
    "010-999-1234-5678,    -",
    "010-28-1234-5678,     -",
    "010-0-1234-5678,      -",
    "9012345678,           -"})
  void theE164FormOfADestination(String entered, String e164) {
    String digits = Dialable.digits(entered).orElseThrow();
    assertThat(Dialable.e164(digits)).isEqualTo(Optional.ofNullable(e164));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(nullValues = "-", value = {
    // tenso routes: the E.164 form (+ and the digits after 010) has at most 15 digits
    "ROUTED,  010-1-212-555-0123,      -",
    "ROUTED,  INTL-1-18,               -",
    "ROUTED,  INTL-1-19,               DESTINATION_NOT_E164",
    "ROUTED,  INTL-886-18,             -",
    "ROUTED,  INTL-886-19,             DESTINATION_NOT_E164",
    "ROUTED,  INTL-999-18,             DESTINATION_COUNTRY_UNKNOWN",
    "ROUTED,  INTL-28-12,              DESTINATION_COUNTRY_UNKNOWN",
    "ROUTED,  INTL-0-12,               DESTINATION_COUNTRY_UNKNOWN",
    "ROUTED,  INTL-671-12,             DESTINATION_COUNTRY_UNKNOWN",
    "ROUTED,  010-81-50-1111-0001,     DESTINATION_IS_SELF",
    "ROUTED,  010-81-50-1111-0002,     -",
    "ROUTED,  010-1-212,               DESTINATION_TOO_SHORT",
    // the carrier routes: only its own limit, 32 digits (28 with Members Net), as entered
    "CARRIER, INTL-1-19,               -",
    "CARRIER, INTL-1-32,               -",
    "CARRIER, INTL-1-33,               DESTINATION_TOO_LONG",
    "CARRIER, INTL-999-20,             DESTINATION_COUNTRY_UNKNOWN",
    "CARRIER, 010-81-50-1111-0001,     DESTINATION_IS_SELF",
    "MEMBERS_NET, INTL-44-28,          -",
    "MEMBERS_NET, INTL-44-29,          DESTINATION_TOO_LONG"})
  void anInternationalDestination(String routing, String entered, ErrorCode expected) {
    NumberDetails n = switch (routing) {
      case "ROUTED" -> ROUTED;
      case "CARRIER" -> CARRIER;
      default -> CARRIER_MEMBERS_NET;
    };
    String text = entered;
    if (entered.startsWith("INTL-")) {
      String[] p = entered.split("-");
      text = international(p[1], Integer.parseInt(p[2]));
    }
    var v = ForwardingRules.validate(n, onTo(text), ip -> Optional.empty());
    if (expected == null) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).extracting(Violation::code).containsExactly(expected);
    }
  }

  @ParameterizedTest(name = "{0} dials {1}")
  @CsvSource(nullValues = "-", value = {
    "010-1-212-555-0123,  +12125550123",
    "010-44-20-7946-0018, +442079460018",
    "090-1234-5678,       +819012345678",
    // stored before today's rules: ring the terminal rather than dial a wrong number
    "010-999-1234-5678,   -",
    "01012222222222222222, -"})
  void routingDialsTheE164FormOrRingsTheTerminal(String destination, String e164) {
    RoutingDecision d = RoutingDecision.decide(ROUTED, onTo(destination));
    assertThat(d).isEqualTo(e164 == null
        ? new RingTerminal(ROUTED.number().terminal(), ForwardingSetting.DEFAULT_RING_TIME)
        : new ForwardNow(new RoutingDecision.Number(e164)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "-", value = {
    "1212, 1", "7495, 7", "81312, 81", "44207, 44", "2125, 212", "3531, 353", "38312, 383",
    "8525, 852", "9715, 971", "99855, 998", "0, -", "28, -", "210, -", "384, -", "422, -",
    "6711, -", "6841, -", "693, -", "801, -", "851, -", "8711, -", "969, -", "999, -"})
  void countryCodesAreTheAssignedOnes(String digits, String code) {
    assertThat(CountryCodes.prefixOf(digits)).isEqualTo(Optional.ofNullable(code));
  }

  @Test
  void noCountryCodeBeginsAnother() {
    for (String a : CountryCodes.assigned()) {
      assertThat(a).matches("[1-9][0-9]{0,2}");
      for (String b : CountryCodes.assigned()) {
        if (!a.equals(b)) {
          assertThat(b).as(a + " begins " + b).doesNotStartWith(a);
        }
      }
    }
  }
}
