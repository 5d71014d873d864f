package dev.tenso.voice;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Sip;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.RoutingDecision.Destination;
import dev.tenso.core.forwarding.RoutingDecision.ForwardNow;
import dev.tenso.core.forwarding.RoutingDecision.RingTerminal;
import dev.tenso.core.forwarding.RoutingDecision.RingThenForward;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Call routing (§6) as TwiML: each answer from the number's routing record (one read). Off: dial
 * the terminal. Unconditional: dial the destination (caller id passed through) or record a
 * voicemail. Busy / no answer / unreachable: dial the terminal with an {@code action}; when it
 * ends as the mode says ({@code DialCallStatus} busy / no-answer / failed), the destination.
 */
final class CallRoutingAnswers {
  static final String VOICE = "/twilio/voice";
  static final String DIAL_ENDED = "/twilio/voice/dial-ended";
  static final String RECORDED = "/twilio/voice/recorded";
  static final String RECORDING = "/twilio/voice/recording";
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

  private final CallRouting routing;
  private final Spoken spoken;
  private final String publicUrl;
  private final int maxRecordingSeconds;

  CallRoutingAnswers(CallRouting routing, Spoken spoken, String publicUrl,
      int maxRecordingSeconds) {
    this.routing = routing;
    this.spoken = spoken;
    this.publicUrl = publicUrl;
    this.maxRecordingSeconds = maxRecordingSeconds;
  }

  /** {@code POST /twilio/voice}: a call to an office number ({@code To}). */
  String answer(String to, String from) {
    Optional<RoutingDecision> route = routing.route(to);
    if (route.isEmpty()) {
      return Twiml.apology(spoken);
    }
    RoutingDecision d = route.get();
    if (d instanceof RingTerminal r) {
      return Twiml.xml(new VoiceResponse.Builder().dial(terminal(r.terminal(), r.seconds(), from,
          null)).build());
    }
    if (d instanceof ForwardNow f) {
      return forward(f.to(), to, from);
    }
    RingThenForward r = (RingThenForward) d;
    return Twiml.xml(new VoiceResponse.Builder()
        .dial(terminal(r.terminal(), r.seconds(), from, publicUrl + DIAL_ENDED)).build());
  }

  /** {@code POST /twilio/voice/dial-ended}: the terminal's dial ended with {@code status}. */
  String dialEnded(String to, String from, String status) {
    Optional<RoutingDecision> route = routing.route(to);
    if (route.isPresent() && route.get() instanceof RingThenForward r
        && status.equals(dialStatusOf(r.condition()))) {
      return forward(r.to(), to, from);
    }
    return Twiml.xml(new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build());
  }

  /** {@code POST /twilio/voice/recorded}: the caller finished the message. */
  String recorded() {
    return Twiml.xml(new VoiceResponse.Builder()
        .say(Spoken.say(spoken.text("voice.voicemail.thanks", Language.JA), Language.JA))
        .say(Spoken.say(spoken.text("voice.voicemail.thanks", Language.EN), Language.EN))
        .hangup(new Hangup.Builder().build()).build());
  }

  /** The {@code DialCallStatus} that sends a call on, for each mode that rings first. */
  static String dialStatusOf(ForwardingMode condition) {
    return switch (condition) {
      case BUSY -> "busy";
      case NO_ANSWER -> "no-answer";
      case UNREACHABLE -> "failed";
      case UNCONDITIONAL -> "";
    };
  }

  private String forward(Destination d, String to, String from) {
    if (d instanceof RoutingDecision.Number n) {
      Dial.Builder dial = new Dial.Builder().number(new Number.Builder(n.e164()).build());
      callerId(from).ifPresent(dial::callerId);
      return Twiml.xml(new VoiceResponse.Builder().dial(dial.build()).build());
    }
    String callback = publicUrl + RECORDING + "?to=" + encode(to) + "&from=" + encode(from);
    return Twiml.xml(new VoiceResponse.Builder()
        .say(Spoken.say(spoken.text("voice.voicemail.greeting", Language.JA), Language.JA))
        .say(Spoken.say(spoken.text("voice.voicemail.greeting", Language.EN), Language.EN))
        .record(new Record.Builder().action(publicUrl + RECORDED).playBeep(true)
            .maxLength(maxRecordingSeconds).recordingStatusCallback(callback).build())
        .hangup(new Hangup.Builder().build())
        .build());
  }

  private static Dial terminal(String terminal, int seconds, String from, String action) {
    Dial.Builder dial = new Dial.Builder().timeout(seconds);
    if (action != null) {
      dial.action(action);
    }
    callerId(from).ifPresent(dial::callerId);
    return terminal.startsWith("sip:")
        ? dial.sip(new Sip.Builder(terminal).build()).build()
        : dial.number(new Number.Builder(terminal).build()).build();
  }

  /** The caller's number, passed through when it is one (not withheld or anonymous). */
  private static Optional<String> callerId(String from) {
    return Optional.ofNullable(from).filter(f -> E164.matcher(f).matches());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
