package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.Totp;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.AppServers;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances sharing one Redis take alternate steps of one call, whose change is mailed once
 * to each user told of it; and with Redis stopped, an office number's caller and an IVR caller
 * hear a short apology within 2 s (Lettuce refuses commands while disconnected), never a Twilio
 * error tone.
 */
class InstancesAndOutageTest {
  static final String TARO = SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  static final int SMTP_PORT = TestRedis.freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP = AppServers.smtp(SMTP_PORT);

  @Test
  void aCallWhoseStepsAlternateBetweenTwoInstancesGoesOnAsWithOne() throws Exception {
    try (TestRedis redis = TestRedis.start();
         App a = new App(redis.url(), SMTP_PORT);
         App b = new App(redis.url(), SMTP_PORT)) {
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
      // the number's two users with line notification are told once each, not once per instance
      SMTP.waitForIncomingEmail(5_000, 3); // with the import's invitation to a pending user
      Thread.sleep(1_000); // a notice sent twice would be here by now
      assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(InstancesAndOutageTest::to)
          .filter(to -> !to.equals("ichiro@example.com")))
          .containsExactlyInAnyOrder("taro@example.com", "hanako@example.com");
    }
  }

  private static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
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
