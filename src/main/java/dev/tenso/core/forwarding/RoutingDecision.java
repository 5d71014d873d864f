package dev.tenso.core.forwarding;

import dev.tenso.core.inventory.NumberDetails;
import java.util.Optional;

/**
 * What an inbound call to a number does (§6 of the domain), decided from its forwarding setting.
 * The voice channel renders it into TwiML; the caller's number is passed through by that
 * rendering. A setting that cannot be followed (an empty or undialable active slot, an unknown
 * country code, voicemail without a message box) rings the terminal, so a call is never lost.
 */
public sealed interface RoutingDecision
    permits RoutingDecision.RingTerminal, RoutingDecision.ForwardNow,
        RoutingDecision.RingThenForward {

  /** Forwarding off: ring the terminal (VoIP端末) for {@code seconds}. */
  record RingTerminal(String terminal, int seconds) implements RoutingDecision {}

  /** {@code UNCONDITIONAL}: straight to the destination, without ringing the terminal. */
  record ForwardNow(Destination to) implements RoutingDecision {}

  /**
   * {@code BUSY}, {@code NO_ANSWER}, {@code UNREACHABLE}: ring the terminal for {@code seconds}
   * (the ring time for {@code NO_ANSWER}), then go to the destination when {@code condition} is
   * what happened.
   */
  record RingThenForward(String terminal, int seconds, ForwardingMode condition, Destination to)
      implements RoutingDecision {}

  /** Where a forwarded call goes. */
  sealed interface Destination permits Number, Voicemail {}

  /** A number in E.164 form: {@code +8190...}, or {@code +1212...} for {@code 010-1-212-...}. */
  record Number(String e164) implements Destination {}

  /** 留守番電話. */
  record Voicemail() implements Destination {}

  /**
   * The decision for a number and its setting: what the forwarding compare-and-set and the import
   * store as the number's routing record, so a call is answered from one read.
   */
  static RoutingDecision decide(NumberDetails n, ForwardingSetting s) {
    String terminal = n.number().terminal();
    RingTerminal ringOnly = new RingTerminal(terminal, ForwardingSetting.DEFAULT_RING_TIME);
    if (!s.enabled()) {
      return ringOnly;
    }
    Optional<Destination> to = destination(n, s);
    if (to.isEmpty()) {
      return ringOnly;
    }
    return switch (s.mode()) {
      case UNCONDITIONAL -> new ForwardNow(to.get());
      case NO_ANSWER -> new RingThenForward(terminal, s.ringTime(), s.mode(), to.get());
      case BUSY, UNREACHABLE ->
          new RingThenForward(terminal, ForwardingSetting.DEFAULT_RING_TIME, s.mode(), to.get());
    };
  }

  private static Optional<Destination> destination(NumberDetails n, ForwardingSetting s) {
    if (s.active() instanceof Target.Voicemail) {
      return n.contract().messageBox() ? Optional.of(new Voicemail()) : Optional.empty();
    }
    return s.activeDestination()
        .flatMap(Dialable::digits)
        .filter(Dialable::fitsE164)
        .flatMap(Dialable::e164)
        .map(Number::new);
  }
}
