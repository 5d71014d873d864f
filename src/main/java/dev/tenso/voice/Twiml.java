package dev.tenso.voice;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import dev.tenso.core.directory.Language;

/** TwiML answers, built only by the SDK's builders. */
final class Twiml {
  private Twiml() {}

  /** The SDK's XML of {@code response} (see {@link TwimlXml}). */
  static String xml(VoiceResponse response) {
    return TwimlXml.of(response);
  }

  /** The short apology of any failure, in Japanese then English, and a hang-up. */
  static String apology(Spoken spoken) {
    return xml(new VoiceResponse.Builder()
        .say(Spoken.say(spoken.text("voice.unavailable", Language.JA), Language.JA))
        .say(Spoken.say(spoken.text("voice.unavailable", Language.EN), Language.EN))
        .hangup(new Hangup.Builder().build())
        .build());
  }
}
