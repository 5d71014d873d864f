package dev.tenso.voice;

import static dev.tenso.voice.IvrPlainStepTest.next;
import static dev.tenso.voice.IvrPlainStepTest.params;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.RedisMonitor;
import dev.tenso.testsupport.TestRedis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Redis commands a client sends for one IVR step on the instance that answered the step
 * before (counted with {@code MONITOR}, once the scripts are known to the server): when the keys
 * run only plain actions, the answer is worked out from the state it saved and saved if the step
 * is still unclaimed: one {@code HSETNX}, the save and the claim at once; when they run an action,
 * the claim comes first, before it runs.
 */
class IvrPlainStepCountTest extends PhoneFixture {
  @Test
  void aPlainStepIsOneCommandAndAnActionIsClaimedBeforeItRuns() {
    String sid = "CAplaincount";
    String step = next(twilio.post("/twilio/ivr", params(sid, null)).body());
    step = next(twilio.post(step, params(sid, "9")).body()); // the scripts are loaded now
    String[] japanese = new String[1];
    List<String> plain;
    List<String> action;
    try (RedisMonitor monitor = new RedisMonitor(TestRedis.shared().port())) {
      String from = step;
      plain = monitor.commandsOf("plain", () -> japanese[0] = twilio.post(from,
          params(sid, "9")).body());
      // a keyed phone number identifies the caller
      action = monitor.commandsOf("action", () -> twilio.post(next(japanese[0]),
          params(sid, "0312345678")));
    }

    assertThat(japanese[0]).contains("tenso、転送設定サービスです").contains("ja-JP");
    assertThat(plain).hasSize(1);
    assertThat(plain.get(0)).startsWith("\"HSETNX\" \"tenso:ivr:call:" + sid + "\" \"s.2\"");
    assertThat(action.size()).isGreaterThanOrEqualTo(3);
    assertThat(action.get(0)).as("the claim, before anything is looked up")
        .startsWith("\"EVALSHA\"").contains("tenso:ivr:call:" + sid);
    assertThat(action.get(action.size() - 1)).as("the save").startsWith("\"EVALSHA\"")
        .contains("tenso:ivr:call:" + sid);
  }

}
