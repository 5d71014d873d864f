package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import com.twilio.twiml.voice.Sip;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import dev.tenso.messages.ClasspathCatalogs;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The XML written straight from the SDK's elements is the SDK's {@code toXml()}, to the
 * character: for every kind of answer the channel gives, every spoken text of
 * {@code ivr-scripts/} (none of them left to the SDK's writer), and generated text and attributes.
 */
class TwimlXmlTest {
  static final String TRICKY = "転送の設定が完了しました <a&b> \"quoted\" 'single' \u3000 end";

  static List<VoiceResponse> responses() {
    return List.of(
        new VoiceResponse.Builder().build(),
        new VoiceResponse.Builder().say(new Say.Builder("").build()).build(),
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

  private static String text(Random random, String pool) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(10); n > 0; n--) {
      int at = random.nextInt(pool.length());
      s.append(Character.isSurrogate(pool.charAt(at)) ? "😀" : String.valueOf(pool.charAt(at)));
    }
    return s.toString();
  }

  @Test
  void writesWhatTheSdkWrites() throws Exception {
    for (VoiceResponse r : responses()) {
      assertThat(TwimlXml.of(r)).isEqualTo(r.toXml());
    }
  }

  @Test
  void writesEverySpokenTextAsTheSdkDoesWithoutItsWriter() {
    MessageCatalog spoken = ClasspathCatalogs.load().spoken();
    for (String key : spoken.keys()) {
      for (Language lang : Language.values()) {
        String text = spoken.template(key, lang);
        assertThat(TwimlXml.escape(text, false, new StringBuilder())).as(key).isTrue();
        VoiceResponse r = new VoiceResponse.Builder().gather(new Gather.Builder()
            .inputs(Gather.Input.DTMF).action("https://t.test/twilio/ivr/step/1").timeout(5)
            .finishOnKey("#").language(Spoken.gatherLanguage(lang))
            .say(Spoken.say(text, lang)).build())
            .redirect(new Redirect.Builder("https://t.test/twilio/ivr/step/1").build())
            .say(Spoken.say(text, lang)).hangup(new Hangup.Builder().build()).build();
        assertThat(TwimlXml.of(r)).as(key).isEqualTo(r.toXml());
      }
    }
  }

  @Test
  void writesGeneratedTextsAndAttributesAsTheSdkDoes() {
    Random random = new Random(3);
    String plain = "aZ09 &<>\"'=;:/?#%+\n\r\t\u3000転送ゼロé";
    String apart = plain + "\u0001\u007f\u0085\u2028😀"; // written by the SDK's writer
    for (int i = 0; i < 400; i++) {
      String pool = i % 4 == 0 ? apart : plain;
      String text = text(random, pool);
      String attribute = text(random, pool);
      VoiceResponse r = new VoiceResponse.Builder()
          .say(new Say.Builder(text).language(Say.Language.JA_JP).build())
          .dial(new Dial.Builder().action("https://t.test/x?" + attribute).timeout(i)
              .callerId(attribute).number(new Number.Builder(text).build()).build())
          .redirect(new Redirect.Builder(attribute).option("zz", text).option("aa", "").build())
          .build();
      assertThat(TwimlXml.of(r)).as(text + " / " + attribute).isEqualTo(r.toXml());
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
