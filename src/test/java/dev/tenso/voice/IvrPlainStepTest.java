package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.AppServers;
import dev.tenso.testsupport.TestRedis;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A step whose keys run only plain actions (here 9 at the welcome: the other language), answered
 * by the instance that answered the step before from the state it saved (see
 * {@link IvrPlainStepCountTest}), gets the same answer when posted again, here or at another
 * instance; and a stale copy never wins: when the call moved on at another instance meanwhile,
 * a step posted late is answered as the store says, and the call goes on from there.
 */
class IvrPlainStepTest {
  static final int SMTP_PORT = TestRedis.freePort();
  static final String STRANGER = "+819099990000";
  private static final Pattern NEXT = Pattern.compile("action=\"[^\"]*(/twilio/ivr/step/[0-9]+)\"");

  @org.junit.jupiter.api.extension.RegisterExtension
  static final GreenMailExtension SMTP = AppServers.smtp(SMTP_PORT);

  @Test
  void aPlainStepPostedAgainOrLateGetsTheAnswerTheStoreKeeps() {
    try (TestRedis redis = TestRedis.start();
         App a = new App(redis.url(), SMTP_PORT);
         App b = new App(redis.url(), SMTP_PORT)) {
      a.bean(OrganisationImporter.class).load("classpath:voice/organisation.yaml");
      TwilioStandIn onA = new TwilioStandIn(a.port());
      TwilioStandIn onB = new TwilioStandIn(b.port());
      String sid = "CAplainstep";
      String welcome = onA.post("/twilio/ivr", params(sid, null)).body();
      assertThat(welcome).contains("ja-JP").contains("/twilio/ivr/step/1\"");

      String[] english = {onA.post(next(welcome), params(sid, "9")).body()};

      assertThat(english[0]).contains("This is tenso").contains("en-US")
          .contains("/twilio/ivr/step/2\"");
      assertThat(onA.post(next(welcome), params(sid, "9")).body()).isEqualTo(english[0]);
      assertThat(onB.post(next(welcome), params(sid, "9")).body()).isEqualTo(english[0]);

      // steps 2 and 3 at B, then step 2 posted late at A, which last saw the call at step 1
      String japanese = onB.post(next(english[0]), params(sid, "9")).body();
      String englishAgain = onB.post(next(japanese), params(sid, "9")).body();
      assertThat(englishAgain).contains("en-US").contains("/twilio/ivr/step/4\"");

      String late = onA.post(next(english[0]), params(sid, "9")).body();

      assertThat(late).isEqualTo(englishAgain);
      String goesOn = onA.post(next(englishAgain), params(sid, "9")).body();
      assertThat(goesOn).contains("ja-JP").contains("/twilio/ivr/step/5\"");
    }
  }

  static Map<String, String> params(String sid, String digits) {
    return digits == null
        ? Map.of("CallSid", sid, "From", STRANGER, "To", PhoneFixture.ACCESS_NUMBER)
        : Map.of("CallSid", sid, "From", STRANGER, "To", PhoneFixture.ACCESS_NUMBER,
            "Digits", digits);
  }

  static String next(String twiml) {
    Matcher m = NEXT.matcher(twiml);
    assertThat(m.find()).as("a next step in %s", twiml).isTrue();
    return m.group(1);
  }
}
