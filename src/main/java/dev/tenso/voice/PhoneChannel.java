package dev.tenso.voice;

import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.history.HistoryUseCases;
import dev.tenso.core.voicemail.VoicemailUseCases;
import dev.tenso.messages.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone channel's webhooks. {@code POST /twilio/ivr} (+ {@code /twilio/ivr/step/<n>}) is the
 * IVR of the access number. {@code POST /twilio/voice} (+ {@code /dial-ended},
 * {@code /recorded}, {@code /recording}) routes calls to office numbers. Every answer is TwiML; a
 * failure of any kind is a short spoken apology, never a Twilio error tone. Requests reach these
 * handlers only through {@link TwilioEndpoint}, which checks their signature.
 */
public final class PhoneChannel {
  private static final Logger log = LoggerFactory.getLogger(PhoneChannel.class);

  private final CallRoutingAnswers routing;
  private final IvrEndpoint ivr;
  private final VoicemailUseCases voicemail;
  private final Spoken spoken;
  private final Clock clock;

  /** What the channel asks: the core's use cases and ports, and its own call state. */
  public record Core(CallRouting routing, ForwardingUseCases forwarding, SignInUseCases signIn,
      Users users, HistoryUseCases history, VoicemailUseCases voicemail) {}

  /**
   * @param publicUrl the base URL Twilio calls (action URLs are built on it)
   * @param callStateTtl how long a call's IVR state is kept after its last step
   */
  public PhoneChannel(Core core, CallStates calls, MessageCatalog spoken, String publicUrl,
      Duration callStateTtl, int maxRecordingSeconds, Clock clock) {
    this.spoken = new Spoken(spoken);
    this.routing = new CallRoutingAnswers(core.routing(), this.spoken, publicUrl,
        maxRecordingSeconds);
    this.ivr = new IvrEndpoint(engine(core, this.spoken), calls, this.spoken, publicUrl,
        callStateTtl);
    this.voicemail = core.voicemail();
    this.clock = clock;
  }

  /** The flow of {@code ivr-scripts/flows/ivr.yaml} with the actions it names. */
  static IvrEngine engine(Core core, Spoken spoken) {
    Map<String, IvrAction> actions = new HashMap<>();
    Map<String, IvrListing> listings = new HashMap<>();
    SignInSteps signIn = new SignInSteps(core.signIn(), spoken, new ResultWords(spoken));
    signIn.register(actions, listings);
    new NumberSteps(core.users(), core.forwarding(), spoken).register(actions, listings);
    new MenuSteps(core.forwarding(), core.history(), signIn, spoken).register(actions, listings);
    return new IvrEngine(flow(), actions, listings, spoken);
  }

  static Flow flow() {
    try (InputStream in = PhoneChannel.class.getClassLoader()
        .getResourceAsStream("ivr-scripts/flows/ivr.yaml")) {
      if (in == null) {
        throw new IllegalStateException("ivr-scripts/flows/ivr.yaml is not on the classpath");
      }
      return Flow.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer: 200 with TwiML, or a status without a body ({@code twiml} null). */
  public record Answer(int status, String twiml) {
    static Answer of(String twiml) {
      return new Answer(200, twiml);
    }
  }

  /** True for the paths the channel answers (a POST to any of them). */
  public static boolean answers(String path) {
    return path.equals(CallRoutingAnswers.VOICE) || path.equals(CallRoutingAnswers.DIAL_ENDED)
        || path.equals(CallRoutingAnswers.RECORDED) || path.equals(CallRoutingAnswers.RECORDING)
        || path.equals(IvrEndpoint.START)
        || path.startsWith(IvrEndpoint.STEP) && path.indexOf('/', IvrEndpoint.STEP.length()) < 0;
  }

  /**
   * The answer to a signed POST to {@code path} (one {@link #answers} accepts) whose parameters
   * {@code param} gives by name (null when absent); any failure is the spoken apology.
   */
  public Answer answer(String path, UnaryOperator<String> param) {
    Params p = new Params(param);
    try {
      return switch (path) {
        case CallRoutingAnswers.VOICE -> Answer.of(routing.answer(p.get("To"), p.get("From")));
        case CallRoutingAnswers.DIAL_ENDED -> Answer.of(routing.dialEnded(p.get("To"),
            p.get("From"), p.get("DialCallStatus")));
        case CallRoutingAnswers.RECORDED -> Answer.of(routing.recorded());
        case CallRoutingAnswers.RECORDING -> recording(p);
        case IvrEndpoint.START -> Answer.of(ivr.answer(p.get("CallSid"), p.get("From"), 0, ""));
        default -> Answer.of(ivr.answer(p.get("CallSid"), p.get("From"),
            step(path.substring(IvrEndpoint.STEP.length())), p.get("Digits")));
      };
    } catch (RuntimeException e) {
      return apology(e, path);
    }
  }

  /** {@code recordingStatusCallback}: a finished recording is kept and announced once. */
  private Answer recording(Params p) {
    RecordingCallback.message(p::get, clock).ifPresent(voicemail::left);
    return new Answer(204, null);
  }

  private Answer apology(RuntimeException e, String path) {
    if (e instanceof StoreUnavailableException) {
      log.warn("answered {} with an apology: {}", path, e.getMessage());
    } else {
      log.error("answered {} with an apology after a failure", path, e);
    }
    if (path.equals(CallRoutingAnswers.RECORDING)) {
      return new Answer(503, null); // Twilio retries
    }
    return Answer.of(path.startsWith(IvrEndpoint.START) ? ivr.unavailable()
        : Twiml.apology(spoken));
  }

  /** A request's parameters, stripped, {@code ""} when absent. */
  private record Params(UnaryOperator<String> param) {
    String get(String name) {
      String v = param.apply(name);
      return v == null ? "" : v.strip();
    }
  }

  /** The step number of a URL's last part: 1 to 4 digits, else -1. */
  private static int step(String text) {
    if (text.isEmpty() || text.length() > 4) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(text);
  }
}
