package dev.tenso.redis;

import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.RoutingDecision.Destination;
import dev.tenso.core.forwarding.RoutingDecision.ForwardNow;
import dev.tenso.core.forwarding.RoutingDecision.RingTerminal;
import dev.tenso.core.forwarding.RoutingDecision.RingThenForward;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RoutingDecision} as the fields of {@code tenso:route:<digits>}: {@code action}
 * ({@code RING}, {@code FORWARD} or {@code RING_THEN_FORWARD}), {@code terminal}, {@code seconds},
 * {@code condition} (the mode), {@code to} (E.164, or {@code VOICEMAIL}). A record this version
 * cannot read (a later version's, a damaged one) reads as none.
 */
final class RouteCodec {
  static final String VOICEMAIL = "VOICEMAIL";

  private RouteCodec() {}

  static Map<String, String> fields(RoutingDecision d) {
    Map<String, String> m = new LinkedHashMap<>();
    if (d instanceof RingTerminal r) {
      m.put("action", "RING");
      m.put("terminal", r.terminal());
      m.put("seconds", Integer.toString(r.seconds()));
    } else if (d instanceof ForwardNow f) {
      m.put("action", "FORWARD");
      m.put("to", to(f.to()));
    } else if (d instanceof RingThenForward r) {
      m.put("action", "RING_THEN_FORWARD");
      m.put("terminal", r.terminal());
      m.put("seconds", Integer.toString(r.seconds()));
      m.put("condition", r.condition().name());
      m.put("to", to(r.to()));
    }
    return m;
  }

  static Optional<RoutingDecision> read(Map<Object, Object> h) {
    if (h == null || h.isEmpty()) {
      return Optional.empty();
    }
    try {
      String action = UserCodec.s(h, "action");
      return Optional.ofNullable(switch (action) {
        case "RING" -> new RingTerminal(UserCodec.s(h, "terminal"), seconds(h));
        case "FORWARD" -> new ForwardNow(destination(UserCodec.s(h, "to")));
        case "RING_THEN_FORWARD" -> new RingThenForward(UserCodec.s(h, "terminal"), seconds(h),
            ForwardingMode.valueOf(UserCodec.s(h, "condition")),
            destination(UserCodec.s(h, "to")));
        default -> null;
      });
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  private static int seconds(Map<Object, Object> h) {
    return Integer.parseInt(UserCodec.s(h, "seconds"));
  }

  private static String to(Destination d) {
    return d instanceof RoutingDecision.Number n ? n.e164() : VOICEMAIL;
  }

  private static Destination destination(String to) {
    if (to.equals(VOICEMAIL)) {
      return new RoutingDecision.Voicemail();
    }
    if (!to.startsWith("+")) {
      throw new IllegalArgumentException("not E.164");
    }
    return new RoutingDecision.Number(to);
  }
}
