package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.TensoApplication;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.TestSentinels;
import dev.tenso.testsupport.Totp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application configured with {@code spring.data.redis.sentinel.*} only: a change made
 * by phone is answered done once the replica has it, the primary is killed, and without a
 * restart tenso follows the Sentinels to the promoted replica: the office number still rings the
 * destination the change set, and once the old primary is back (as a replica) a new change is
 * done again.
 */
class SentinelAppTest {
  static final String TARO = SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

  @Test
  void tensoBehindSentinelsFollowsAFailoverWithoutARestartAndLosesNoAnsweredChange()
      throws Exception {
    try (TestSentinels redis = new TestSentinels();
         ConfigurableApplicationContext app = new SpringApplicationBuilder(TensoApplication.class)
             .run("--server.port=0",
                 "--spring.data.redis.sentinel.master=" + TestSentinels.MASTER,
                 "--spring.data.redis.sentinel.nodes=" + String.join(",",
                     redis.sentinelAddresses()),
                 "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestRedis.freePort(),
                 "--tenso.twilio.auth-token=" + TwilioStandIn.AUTH_TOKEN,
                 "--tenso.public-url=" + TwilioStandIn.PUBLIC_URL)) {
      assertThat(app.getBean(ForwardingStore.class).getClass().getSimpleName())
          .isEqualTo("ReplicatedForwardingStore");
      app.getBean(OrganisationImporter.class).load("classpath:voice/organisation.yaml");
      TwilioStandIn twilio = new TwilioStandIn(
          ((WebServerApplicationContext) app).getWebServer().getPort());

      change(twilio, "*21*0312345678#", Instant.now().minusSeconds(30));
      assertThat(dialled(twilio)).isEqualTo("+81312345678");

      int old = redis.killPrimary();
      redis.awaitPromotionAwayFrom(old);
      assertThat(dialledOnceAnswered(twilio)).as("the answered change, on the promoted replica")
          .isEqualTo("+81312345678");

      redis.restart(old); // back as a replica of the new primary: changes are done again
      change(twilio, "*21*0612345678#", Instant.now());
      assertThat(dialled(twilio)).isEqualTo("+81612345678");
    }
  }

  private static void change(TwilioStandIn twilio, String code, Instant at) {
    Call call = twilio.call("/twilio/ivr", "+819012345678", PhoneFixture.ACCESS_NUMBER);
    call.press(SecretsSeen.remember(Totp.code(TARO, at)));
    call.press("2");
    call.press(code);
    call.press("1");
    assertThat(call.heard()).contains("転送の設定が完了しました");
  }

  private static String dialled(TwilioStandIn twilio) {
    return twilio.call("/twilio/voice", "+819011112222", "+815022220001")
        .xpath("/Response/Dial/Number");
  }

  /** The routing answer once the app reconnected (until then callers hear the apology). */
  private static String dialledOnceAnswered(TwilioStandIn twilio) throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    String number = "";
    while (number.isEmpty() && System.nanoTime() < until) {
      number = dialled(twilio);
      if (number.isEmpty()) {
        Thread.sleep(200);
      }
    }
    return number;
  }
}
