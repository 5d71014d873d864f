package dev.tenso.voice;

import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.history.HistoryUseCases;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.voicemail.Voicemail;
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
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The phone channel's webhooks. {@code POST /twilio/ivr} (+ {@code /twilio/ivr/step/<n>}) is the
 * IVR of the access number. {@code POST /twilio/voice} (+ {@code /dial-ended},
 * {@code /recorded}, {@code /recording}) routes calls to office numbers. Every answer is TwiML; a
 * failure of any kind is a short spoken apology, never a Twilio error tone. Requests reach these
 * handlers only through {@link TwilioSignatureFilter}.
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

  public RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .POST("/twilio/voice", r -> Twiml.ok(routing.answer(p(r, "To"), p(r, "From"))))
        .POST(CallRoutingAnswers.DIAL_ENDED, r -> Twiml.ok(
            routing.dialEnded(p(r, "To"), p(r, "From"), p(r, "DialCallStatus"))))
        .POST(CallRoutingAnswers.RECORDED, r -> Twiml.ok(routing.recorded()))
        .POST(CallRoutingAnswers.RECORDING, this::recording)
        .POST(IvrEndpoint.START, r -> Twiml.ok(ivr.answer(p(r, "CallSid"), p(r, "From"), 0, "")))
        .POST(IvrEndpoint.STEP + "{n}", r -> Twiml.ok(ivr.answer(p(r, "CallSid"), p(r, "From"),
            step(r.pathVariable("n")), p(r, "Digits"))))
        .onError(Exception.class, this::apology)
        .build();
  }

  /** {@code recordingStatusCallback}: a finished recording is kept and announced once. */
  private ServerResponse recording(ServerRequest r) {
    Optional<IpNumber> number = CallRouting.ipNumber(p(r, "to"));
    if (number.isPresent() && p(r, "RecordingStatus").equals("completed")
        && !p(r, "RecordingSid").isEmpty()) {
      voicemail.left(new Voicemail(number.get(), p(r, "RecordingSid"), p(r, "RecordingUrl"),
          seconds(p(r, "RecordingDuration")), p(r, "from"), Instant.now(clock)));
    }
    return ServerResponse.noContent().build();
  }

  private ServerResponse apology(Throwable e, ServerRequest r) {
    if (e instanceof StoreUnavailableException) {
      log.warn("answered {} with an apology: {}", r.path(), e.getMessage());
    } else {
      log.error("answered {} with an apology after a failure", r.path(), e);
    }
    if (r.path().equals(CallRoutingAnswers.RECORDING)) {
      return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build(); // Twilio retries
    }
    return Twiml.ok(r.path().startsWith(IvrEndpoint.START) ? ivr.unavailable()
        : Twiml.apology(spoken));
  }

  private static String p(ServerRequest r, String name) {
    return r.param(name).orElse("").strip();
  }

  private static int step(String text) {
    return text.matches("[0-9]{1,4}") ? Integer.parseInt(text) : -1;
  }

  private static int seconds(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
