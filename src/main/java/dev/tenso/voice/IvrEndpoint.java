package dev.tenso.voice;

import dev.tenso.core.directory.Language;
import java.net.URI;
import java.time.Duration;

/**
 * {@code POST /twilio/ivr} (step 0) and {@code POST /twilio/ivr/step/<n>}: each step of a call
 * is claimed once in Redis, run through the {@link IvrEngine} and its TwiML kept, so a step Twilio
 * posts again (or that reaches another instance) gets the very same answer and changes nothing
 * twice. A step that is not the one the call expects is answered with the current question.
 */
final class IvrEndpoint {
  static final String START = "/twilio/ivr";
  static final String STEP = "/twilio/ivr/step/";
  private static final long AWAIT_MILLIS = 10_000;
  /** Steps whose URL is kept parsed; a call this long is rare, a longer one parses its own. */
  private static final int KEPT_URLS = 64;

  private final IvrEngine engine;
  private final CallStates states;
  private final Spoken spoken;
  private final String publicUrl;
  private final Duration ttl;
  private final URI[] stepUrls = new URI[KEPT_URLS];

  IvrEndpoint(IvrEngine engine, CallStates states, Spoken spoken, String publicUrl,
      Duration ttl) {
    this.engine = engine;
    this.states = states;
    this.spoken = spoken;
    this.publicUrl = publicUrl;
    this.ttl = ttl;
    for (int n = 0; n < KEPT_URLS; n++) {
      stepUrls[n] = URI.create(publicUrl + STEP + n);
    }
  }

  String answer(String sid, String from, int step, String keys) {
    if (sid.isEmpty() || step < 0) {
      return unavailable();
    }
    CallStates.Loaded loaded = states.load(sid, step, ttl);
    String kept = loaded.fields().get(CallStates.ANSWER + step);
    if (kept != null) {
      return kept;
    }
    int expected = Integer.parseInt(loaded.fields().getOrDefault(CallStates.STEP, "0"));
    if (step != expected) {
      return loaded.fields().getOrDefault(CallStates.ANSWER + (expected - 1), unavailable());
    }
    if (!loaded.claimed()) {
      return awaitAnswer(sid, step);
    }
    CallState call = CallState.of(sid, from, loaded.fields());
    IvrEngine.Turn turn = step == 0 ? engine.begin(call) : engine.step(call, keys);
    String xml = IvrTwiml.render(turn, call.language(), stepUrl(step + 1));
    states.save(sid, call.fields(), step, xml, ttl);
    return xml;
  }

  /** The URL of step {@code n}. */
  private URI stepUrl(int n) {
    return n < KEPT_URLS ? stepUrls[n] : URI.create(publicUrl + STEP + n);
  }

  /** Another instance is answering this step now: its answer, once kept. */
  private String awaitAnswer(String sid, int step) {
    long end = System.currentTimeMillis() + AWAIT_MILLIS;
    while (System.currentTimeMillis() < end) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      String kept = states.load(sid, step, ttl).fields().get(CallStates.ANSWER + step);
      if (kept != null) {
        return kept;
      }
    }
    return unavailable();
  }

  /** TEMPORARILY_UNAVAILABLE, said in Japanese and English, and a hang-up. */
  String unavailable() {
    return IvrTwiml.render(new IvrEngine.Turn(java.util.List.of(
        new Speech(spoken.text("errors.TEMPORARILY_UNAVAILABLE", Language.JA), Language.JA),
        new Speech(spoken.text("errors.TEMPORARILY_UNAVAILABLE", Language.EN), Language.EN)),
        null), Language.JA, null);
  }
}
