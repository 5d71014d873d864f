package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The confirming step of a change posted again, one after the other or at the same moment, is
 * answered with the same TwiML each time and writes one change, one audit event.
 */
class IvrRetryTest extends PhoneFixture {
  @Autowired AuditLog audit;

  @Test
  void theConfirmingStepPostedThreeTimesAtOnceAppliesOneChange() throws Exception {
    Call call = twilio.call("/twilio/ivr", "+819012345678", ACCESS_NUMBER);
    call.press(totp("taro@example.com"));
    call.press("2");
    call.press("*21*0312345678#");
    String confirm = call.xpath("/Response/Gather/@action");
    int before = audit.forNumber("05022220001", 50).size();

    Map<String, String> params = new LinkedHashMap<>(Map.of("CallSid", call.sid(),
        "From", "+819012345678", "To", ACCESS_NUMBER, "Digits", "1"));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      answers.add(pool.submit(() -> twilio.post(confirm, params).body()));
    }
    List<String> bodies = new ArrayList<>();
    for (Future<String> f : answers) {
      bodies.add(f.get());
    }
    pool.shutdown();
    String again = twilio.post(confirm, params).body();

    assertThat(bodies.get(0)).contains("転送の設定が完了しました");
    assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
    assertThat(again).isEqualTo(bodies.get(0));
    assertThat(audit.forNumber("05022220001", 50)).hasSize(before + 1);
  }

  @Test
  void aStepPostedOutOfTurnIsAnsweredWithTheCurrentQuestion() {
    Call call = twilio.call("/twilio/ivr", "+819012345678", ACCESS_NUMBER);
    String first = call.xpath("/Response/Gather/@action");
    call.press(totp("taro@example.com"));
    String current = call.xpath("/Response/Gather/@action");
    Map<String, String> params = Map.of("CallSid", call.sid(), "From", "+819012345678",
        "To", ACCESS_NUMBER, "Digits", "2");
    String asked = twilio.post(current, params).body();
    assertThat(asked).contains("<Gather");

    String stale = twilio.post(first, params).body();
    String ahead = twilio.post(first.replaceAll("[0-9]+$", "9"), params).body();

    assertThat(stale).isEqualTo(asked);
    assertThat(ahead).isEqualTo(asked);
  }
}
