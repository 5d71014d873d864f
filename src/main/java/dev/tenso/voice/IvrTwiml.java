package dev.tenso.voice;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Redirect;
import dev.tenso.core.directory.Language;
import java.net.URI;

/**
 * An IVR turn as TwiML: what is said, inside a {@code <Gather>} (so the caller may press keys
 * while it is said) posting to the next step's URL, followed by a {@code <Redirect>} to that same
 * URL for when no key comes before the timeout (Twilio then goes on to the next verb); or what is
 * said and a {@code <Hangup>}. The next step's URL comes as a {@link URI}, parsed once: the
 * SDK's builders parse one given as text at every use.
 */
final class IvrTwiml {
  private IvrTwiml() {}

  static String render(IvrEngine.Turn turn, Language lang, URI nextUrl) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    if (turn.hangsUp()) {
      turn.said().forEach(s -> response.say(Spoken.say(s.text(), s.language())));
      return Twiml.xml(response.hangup(new Hangup.Builder().build()).build());
    }
    FlowState.Gather g = turn.gather();
    Gather.Builder gather = new Gather.Builder()
        .inputs(Gather.Input.DTMF)
        .action(nextUrl)
        .timeout(g.timeout())
        .finishOnKey(g.finishOnKey())
        .language(Spoken.gatherLanguage(lang));
    if (g.numDigits() != null) {
      gather.numDigits(g.numDigits());
    }
    turn.said().forEach(s -> gather.say(Spoken.say(s.text(), s.language())));
    return Twiml.xml(response.gather(gather.build())
        .redirect(new Redirect.Builder(nextUrl).build()).build());
  }
}
