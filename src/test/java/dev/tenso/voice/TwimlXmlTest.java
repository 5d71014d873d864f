package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Sip;
import dev.tenso.core.directory.Language;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The XML written with kept factories is the SDK's {@code toXml()}, to the character. */
class TwimlXmlTest {
  static final String TRICKY = "転送の設定が完了しました <a&b> \"quoted\" 'single' \u3000 end";

  static List<VoiceResponse> responses() {
    return List.of(
        new VoiceResponse.Builder().build(),
        new VoiceResponse.Builder()
            .dial(new Dial.Builder().timeout(20).callerId("+819012345678")
                .action("https://tenso.example.test/twilio/voice/dial-ended")
                .sip(new Sip.Builder("sip:0001@acme.sip.twilio.com").build()).build())
            .build(),
        new VoiceResponse.Builder()
            .dial(new Dial.Builder().number(new Number.Builder("+12125550123").build()).build())
            .build(),
        new VoiceResponse.Builder()
            .say(Spoken.say(TRICKY, Language.JA)).say(Spoken.say("Thank you.", Language.EN))
            .record(new Record.Builder().action("https://t.test/twilio/voice/recorded")
                .playBeep(true).maxLength(120)
                .recordingStatusCallback("https://t.test/r?to=%2B8150&from=%2B8190").build())
            .hangup(new Hangup.Builder().build()).build(),
        new VoiceResponse.Builder()
            .gather(new Gather.Builder().inputs(Gather.Input.DTMF)
                .action("https://t.test/twilio/ivr/step/3").timeout(8).finishOnKey("#")
                .numDigits(1).language(Gather.Language.JA_JP)
                .say(Spoken.say(TRICKY, Language.JA)).build())
            .redirect(new Redirect.Builder("https://t.test/twilio/ivr/step/3").build())
            .build());
  }

  @Test
  void writesWhatTheSdkWrites() throws Exception {
    for (VoiceResponse r : responses()) {
      assertThat(TwimlXml.of(r)).isEqualTo(r.toXml());
    }
  }

  @Test
  void writesTheSameOnManyThreadsAtOnce() throws Exception {
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> jobs = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        VoiceResponse r = responses().get(i % responses().size());
        String expected = r.toXml();
        jobs.add(() -> TwimlXml.of(r).equals(expected));
      }
      for (Future<Boolean> f : pool.invokeAll(jobs)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
