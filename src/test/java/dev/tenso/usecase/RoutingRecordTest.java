package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.OfficeNumber;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The routing record a call is answered from is always what the core decides from the number's
 * details and setting: after the import and after every change, for every number.
 */
class RoutingRecordTest extends AppFixture {
  @Autowired CallRouting calls;
  @Autowired ForwardingUseCases forwarding;
  @Autowired Inventory inventory;
  @Autowired StringRedisTemplate redis;

  @Test
  void theImportWritesARoutingRecordForEveryNumberEqualToTheCoresDecision() {
    for (OfficeNumber n : inventory.numbers()) {
      assertThat(calls.route(n.number().e164())).as(n.number().display())
          .isPresent().isEqualTo(forwarding.routing(n.number()));
    }
    assertThat(calls.route("+815011110001")).contains(
        new RoutingDecision.ForwardNow(new RoutingDecision.Number("+819012345678")));
    assertThat(calls.route("+815022220001")).contains(
        new RoutingDecision.RingTerminal("sip:0101@acme.sip.twilio.com", 30));
  }

  @Test
  void everyChangeRewritesTheRecordInTheSameStep() {
    Actor admin = signedIn("admin@example.com");
    String n = "050-2222-0001";

    forwarding.change(admin, n, ForwardingChange.turnOnToNumber("03-1234-5678")
        .withMode(ForwardingMode.NO_ANSWER).withRingTime(12)).orElseThrow();
    assertThat(calls.route("+815022220001")).contains(new RoutingDecision.RingThenForward(
        "sip:0101@acme.sip.twilio.com", 12, ForwardingMode.NO_ANSWER,
        new RoutingDecision.Number("+81312345678")));

    forwarding.change(admin, n, ForwardingChange.turnOnToVoicemail()
        .withMode(ForwardingMode.UNCONDITIONAL)).orElseThrow();
    assertThat(calls.route("+815022220001"))
        .contains(new RoutingDecision.ForwardNow(new RoutingDecision.Voicemail()));

    forwarding.turnOff(admin, n).orElseThrow();
    assertThat(calls.route("+815022220001"))
        .contains(new RoutingDecision.RingTerminal("sip:0101@acme.sip.twilio.com", 30));
    assertThat(calls.route("+815022220001"))
        .isEqualTo(forwarding.routing(IpNumber.of(n)));
  }

  @Test
  void anUnknownOrMalformedCalledNumberHasNoRoute() {
    assertThat(calls.route("+815099999999")).isEmpty();
    assertThat(calls.route("+12125550123")).isEmpty();
    assertThat(calls.route("")).isEmpty();
    assertThat(calls.route(null)).isEmpty();
  }

  @Autowired dev.tenso.core.forwarding.ForwardingStore store;
  @Autowired dev.tenso.core.forwarding.RoutingTable table;

  @Test
  void numbersWithoutARecordGetOneFromTheBackfillAndOthersAreLeftAlone() {
    redis.delete(List.of("tenso:route:{05011110001}", "tenso:routes-backfilled")); // data from before
    redis.opsForHash().put("tenso:route:{05022220001}", "seconds", "7"); // kept as it is
    assertThat(calls.route("+815011110001")).isEmpty();

    assertThat(dev.tenso.core.forwarding.RoutingRecords.backfill(inventory, store, table))
        .isEqualTo(1);

    assertThat(calls.route("+815011110001")).isEqualTo(forwarding.routing(
        IpNumber.of("050-1111-0001")));
    assertThat(redis.opsForHash().get("tenso:route:{05022220001}", "seconds")).isEqualTo("7");
    // once through the store, later starts read nothing (a record lost since stays lost)
    assertThat(table.backfilled()).isTrue();
    redis.delete("tenso:route:{05011110002}");
    assertThat(dev.tenso.core.forwarding.RoutingRecords.backfill(inventory, store, table)).isZero();
    assertThat(calls.route("+815011110002}")).isEmpty();
    // a record decided from a version that is no longer stored is not written
    redis.delete("tenso:route:{05011110001}");
    assertThat(table.addIfMissing(IpNumber.of("050-1111-0001"), 0,
        new RoutingDecision.RingTerminal("sip:old@example.com", 30))).isFalse();
  }

  @Test
  void aRecordThisVersionCannotReadIsNoRoute() {
    redis.opsForHash().put("tenso:route:{05022220002}", "action", "TELEPORT");
    assertThat(calls.route("+815022220002")).isEmpty();
  }
}
