package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.AppServers;
import dev.tenso.testsupport.TestRedis;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A step whose keys run only plain actions (here 9 at the welcome: the other language), answered
 * by the instance that answered the step before from the state it saved (see
 * {@link IvrPlainStepCountTest}), gets the same answer when posted again, here or at another
 * instance; and a stale copy never wins: when the call moved on at another instance meanwhile,
 * a step posted late is answered as the store says, and the call goes on from there. A long run
 * of such steps keeps a bounded number of answers and the call's TTL (most of them leave it as it
 * is; a tidy-up renews it), and the step after it that runs an action follows on from the last.
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

  @Test
  void aLongRunOfPlainStepsIsTidiedAndTheNextStepThatRunsAnActionFollowsOnFromTheLast() {
    try (TestRedis redis = TestRedis.start(); App a = new App(redis.url(), SMTP_PORT)) {
      a.bean(OrganisationImporter.class).load("classpath:voice/organisation.yaml");
      TwilioStandIn twilio = new TwilioStandIn(a.port());
      String sid = "CAlongrun";
      String key = "tenso:ivr:call:" + sid;
      String answer = twilio.post("/twilio/ivr", params(sid, null)).body();
      assertThat(redis.template().getExpire(key)).as("TTL after an action step")
          .isBetween(1L, Duration.ofHours(2).toSeconds());
      redis.template().expire(key, Duration.ofMinutes(1)); // as if the call had gone on a while
      String step = null;
      for (int i = 1; i <= 2 * TIDY_EVERY + 1; i++) { // two tidy-ups on the way
        step = next(answer);
        answer = twilio.post(step, params(sid, "9")).body();
        assertThat(redis.template().getExpire(key)).as("TTL after plain step %d", i)
            .isPositive();
      }
      assertThat(redis.template().getExpire(key)).as("renewed by a tidy-up")
          .isGreaterThan(Duration.ofMinutes(1).toSeconds());
      String last = answer;
      assertThat(last).contains("/twilio/ivr/step/18\"").contains("en-US");
      assertThat(twilio.post(step, params(sid, "9")).body()).as("the last step posted again")
          .isEqualTo(last);
      assertThat(redis.template().<String, String>opsForHash().keys(
          "tenso:ivr:call:" + sid).stream().filter(f -> f.startsWith("s.")).count())
          .as("the answers kept").isLessThanOrEqualTo(TIDY_EVERY + 2);

      // a keyed phone number that identifies nobody: an action, claimed as step 18
      String identified = twilio.post(next(last), params(sid, "0399999999")).body();

      assertThat(identified).contains("/twilio/ivr/step/19\"").contains("en-US");
      assertThat(redis.template().getExpire(key)).as("TTL after the action step")
          .isBetween(Duration.ofMinutes(1).toSeconds(), Duration.ofHours(2).toSeconds());
    }
  }

  /** How often a run of plain steps is tidied up ({@code RedisCallStates.TIDY_EVERY}). */
  private static final int TIDY_EVERY = 8;

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
