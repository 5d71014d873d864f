package dev.tenso.voice;

import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import dev.tenso.core.directory.Language;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/** TwiML answers: always 200 with {@code text/xml}, built only by the SDK's builders. */
final class Twiml {
  private Twiml() {}

  static ServerResponse ok(String xml) {
    return ServerResponse.ok().contentType(MediaType.TEXT_XML).body(xml);
  }

  static String xml(VoiceResponse response) {
    try {
      return response.toXml();
    } catch (TwiMLException e) {
      throw new IllegalStateException("TwiML could not be written", e);
    }
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
