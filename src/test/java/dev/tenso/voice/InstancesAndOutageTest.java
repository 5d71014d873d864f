package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.Totp;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing one Redis take alternate steps of one call; and with Redis stopped, an
 * office number's caller and an IVR caller hear a short apology within 2 s (Lettuce refuses
 * commands while disconnected), never a Twilio error tone.
 */
class InstancesAndOutageTest {
  static final String TARO = SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

  @Test
  void aCallWhoseStepsAlternateBetweenTwoInstancesGoesOnAsWithOne() {
    try (TestRedis redis = TestRedis.start();
         App a = new App(redis.url(), TestRedis.freePort());
         App b = new App(redis.url(), TestRedis.freePort())) {
      a.bean(OrganisationImporter.class).load("classpath:voice/organisation.yaml");
      Call call = new TwilioStandIn(a.port(), b.port())
          .call("/twilio/ivr", "+819012345678", PhoneFixture.ACCESS_NUMBER);
      call.press(SecretsSeen.remember(Totp.code(TARO, Instant.now())));
      call.press("2");
      call.press("*21*0312345678#");
      call.press("1");
      assertThat(call.heard()).contains("転送の設定が完了しました");
      assertThat(b.bean(ForwardingStore.class).get(IpNumber.of("050-2222-0001")).value()
          .activeDestination()).contains("0312345678");
    }
  }

  @Test
  void withRedisStoppedCallersHearAnApologyWithinTwoSeconds() {
    try (TestRedis redis = TestRedis.start(); App app = new App(redis.url(),
        TestRedis.freePort())) {
      app.bean(OrganisationImporter.class).load("classpath:voice/organisation.yaml");
      TwilioStandIn twilio = new TwilioStandIn(app.port());
      twilio.call("/twilio/voice", "+819011112222", "+815011110001"); // warm: connected
      redis.stop();

      long start = System.nanoTime();
      Call office = twilio.call("/twilio/voice", "+819011112222", "+815011110001");
      Call ivr = twilio.call("/twilio/ivr", "+819012345678", PhoneFixture.ACCESS_NUMBER);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(office.heard()).contains("おつなぎできません").contains("cannot be connected");
      assertThat(office.ended()).isTrue();
      assertThat(ivr.heard()).contains("一時的にご利用いただけません")
          .contains("temporarily unavailable");
      assertThat(ivr.ended()).isTrue();
      assertThat(millis).as("both answers, in ms").isLessThan(2000);
    }
  }
}
