package dev.tenso.voice;

import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.voicemail.Voicemail;
import dev.tenso.core.voicemail.VoicemailUseCases;
import dev.tenso.dialog.MessageCatalog;
import java.time.Clock;
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
 * The phone channel's webhooks. {@code POST /twilio/voice} (+ {@code /dial-ended},
 * {@code /recorded}, {@code /recording}) routes calls to office numbers. Every answer is TwiML; a
 * failure of any kind is a short spoken apology, never a Twilio error tone. Requests reach these
 * handlers only through {@link TwilioSignatureFilter}.
 */
public final class PhoneChannel {
  private static final Logger log = LoggerFactory.getLogger(PhoneChannel.class);

  private final CallRoutingAnswers routing;
  private final VoicemailUseCases voicemail;
  private final Spoken spoken;
  private final Clock clock;

  /**
   * @param publicUrl the base URL Twilio calls (action URLs are built on it)
   */
  public PhoneChannel(CallRouting routing, VoicemailUseCases voicemail, MessageCatalog spoken,
      String publicUrl, int maxRecordingSeconds, Clock clock) {
    this.spoken = new Spoken(spoken);
    this.routing = new CallRoutingAnswers(routing, this.spoken, publicUrl, maxRecordingSeconds);
    this.voicemail = voicemail;
    this.clock = clock;
  }

  public RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .POST("/twilio/voice", r -> Twiml.ok(routing.answer(p(r, "To"), p(r, "From"))))
        .POST(CallRoutingAnswers.DIAL_ENDED, r -> Twiml.ok(
            routing.dialEnded(p(r, "To"), p(r, "From"), p(r, "DialCallStatus"))))
        .POST(CallRoutingAnswers.RECORDED, r -> Twiml.ok(routing.recorded()))
        .POST(CallRoutingAnswers.RECORDING, this::recording)
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
    return Twiml.ok(Twiml.apology(spoken));
  }

  private static String p(ServerRequest r, String name) {
    return r.param(name).orElse("").strip();
  }

  private static int seconds(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
