package dev.tenso.voice;

import dev.tenso.core.common.Lru;
import dev.tenso.core.directory.Language;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /twilio/ivr} (step 0) and {@code POST /twilio/ivr/step/<n>}: each step of a call
 * is claimed once in Redis, run through the {@link IvrEngine} and its TwiML kept, so a step Twilio
 * posts again (or that reaches another instance) gets the very same answer and changes nothing
 * twice. A step that is not the one the call expects is answered with the current question.
 *
 * <p>The instance that answered a call's last step keeps the state it saved ({@link Recent}).
 * When the next step reaches it and the keys lead to a turn that runs no action (see
 * {@link IvrEngine#plainStep}), the turn is worked out from that state and saved if the step is
 * still unclaimed, the save being the claim, in one round trip: each step is saved once, so that
 * state is the one the step follows from. If another instance or a retry claimed it first,
 * nothing is written and the step goes the two-trip way above. A step that runs any other action
 * (a code, a change) is always claimed before it runs, so it runs once.
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
  private final Recent recent = new Recent();

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
    if (step > 0) {
      String plain = plain(sid, from, step, keys);
      if (plain != null) {
        return plain;
      }
    }
    CallStates.Loaded loaded = states.load(sid, step, ttl);
    int expected = Integer.parseInt(loaded.fields().getOrDefault(CallStates.STEP, "0"));
    if (step != expected) {
      return loaded.fields().getOrDefault(CallStates.ANSWER, unavailable());
    }
    if (!loaded.claimed()) {
      return awaitAnswer(sid, step);
    }
    CallState call = CallState.of(sid, from, loaded.fields());
    IvrEngine.Turn turn = step == 0 ? engine.begin(call) : engine.step(call, keys);
    String xml = IvrTwiml.render(turn, call.language(), stepUrl(step + 1));
    Map<String, String> fields = call.fields();
    states.save(sid, fields, step, xml, ttl);
    recent.saved(sid, step, fields, turn.hangsUp());
    return xml;
  }

  /**
   * The answer to {@code step} worked out from the state this instance saved at the step before,
   * when the keys lead to a turn that runs only plain actions and nobody claimed or answered the
   * step meanwhile; else null, and nothing written.
   */
  private String plain(String sid, String from, int step, String keys) {
    Map<String, String> known = recent.expecting(sid, step);
    if (known == null) {
      return null;
    }
    CallState call = CallState.of(sid, from, known);
    IvrEngine.Turn turn = engine.plainStep(call, keys).orElse(null);
    if (turn == null) {
      return null;
    }
    String xml = IvrTwiml.render(turn, call.language(), stepUrl(step + 1));
    Map<String, String> fields = call.fields();
    if (!states.saveIfFirst(sid, fields, step, xml, ttl)) {
      recent.forget(sid);
      return null;
    }
    recent.saved(sid, step, fields, turn.hangsUp());
    return xml;
  }

  /**
   * The state this instance last saved for each call it answered, with the step that call
   * expects next. Bounded: the least recently answered calls go first (they are then loaded).
   */
  private static final class Recent {
    private static final int MAX = 10_000;
    private final Map<String, Map<String, String>> calls = Lru.map(MAX);

    synchronized Map<String, String> expecting(String sid, int step) {
      Map<String, String> known = calls.get(sid);
      return known != null && Integer.toString(step).equals(known.get(CallStates.STEP))
          ? known : null;
    }

    synchronized void saved(String sid, int step, Map<String, String> fields, boolean ended) {
      if (ended) {
        calls.remove(sid);
        return;
      }
      Map<String, String> kept = new HashMap<>(fields);
      kept.put(CallStates.STEP, Integer.toString(step + 1));
      calls.put(sid, Map.copyOf(kept));
    }

    synchronized void forget(String sid) {
      calls.remove(sid);
    }
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
      Map<String, String> now = states.load(sid, step, ttl).fields();
      if (!Integer.toString(step).equals(now.getOrDefault(CallStates.STEP, "0"))) {
        return now.getOrDefault(CallStates.ANSWER, unavailable());
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
