package dev.tenso.voice;

import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import dev.tenso.core.directory.Language;

/** TwiML answers, built only by the SDK's builders. */
final class Twiml {
  private Twiml() {}

  /**
   * The SDK's XML of {@code response}. Its writer asks the JAXP factory finders for a new DOM
   * builder and transformer on every call, and they look for other implementations on the context
   * class loader: through every jar of the application, a third of a routing answer's time. With
   * the platform class loader as context they find the JDK's own at once (what they would find
   * anyway, as no jar of tenso brings another).
   */
  static String xml(VoiceResponse response) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      return response.toXml();
    } catch (TwiMLException e) {
      throw new IllegalStateException("TwiML could not be written", e);
    } finally {
      thread.setContextClassLoader(before);
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
