package dev.tenso.redis.auth;

import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingMode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PendingAction} as the text of the session's {@code pending} field: form-encoded pairs,
 * {@code v=1&type=forwarding.change&number=05011110001&enabled=true&slot.2=090...}, the version
 * first. Text of another version, of an unknown type, or that does not read back whole is no
 * action at all (the sign-in still succeeds; the person asks again), never an exception.
 */
final class PendingActionCodec {
  static final String VERSION = "1";

  private PendingActionCodec() {}

  static String encode(Optional<PendingAction> action) {
    if (action.isEmpty()) {
      return "";
    }
    Pairs out = new Pairs();
    out.put("v", VERSION);
    PendingActionFields.write(action.get(), out);
    return out.text();
  }

  static Optional<PendingAction> decode(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      Pairs in = Pairs.read(text);
      return VERSION.equals(in.one("v")) ? PendingActionFields.read(in) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Ordered name/value pairs; a name may repeat (a list). */
  static final class Pairs {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    void put(String name, Object value) {
      if (value != null) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
      }
    }

    /** The value of a name, or null when absent. */
    String one(String name) {
      List<String> v = values.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name) {
      return values.getOrDefault(name, List.of());
    }

    Map<Integer, String> slots() {
      Map<Integer, String> out = new LinkedHashMap<>();
      values.forEach((k, v) -> {
        if (k.startsWith("slot.")) {
          out.put(Integer.parseInt(k.substring(5)), v.get(0));
        }
      });
      return out;
    }

    String text() {
      List<String> parts = new ArrayList<>();
      values.forEach((k, vs) -> vs.forEach(v -> parts.add(enc(k) + "=" + enc(v))));
      return String.join("&", parts);
    }

    static Pairs read(String text) {
      Pairs p = new Pairs();
      for (String part : text.split("&")) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException("not a pair");
        }
        p.put(dec(part.substring(0, eq)), dec(part.substring(eq + 1)));
      }
      return p;
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
  }

  /** A forwarding change's parts, each only when given. */
  static void writeChange(ForwardingChange c, Pairs out) {
    out.put("whole", c.whole() == null ? null : AuditFormat.format(c.whole()));
    out.put("enabled", c.enabled());
    out.put("mode", c.mode() == null ? null : c.mode().name());
    out.put("ring", c.ringTime());
    c.slots().forEach((i, text) -> out.put("slot." + i, text));
    out.put("active", c.active());
    out.put("place", c.place());
  }

  static ForwardingChange readChange(Pairs in) {
    String whole = in.one("whole");
    String enabled = in.one("enabled");
    String mode = in.one("mode");
    String ring = in.one("ring");
    return new ForwardingChange(whole == null ? null : AuditFormat.parse(whole),
        enabled == null ? null : Boolean.parseBoolean(enabled),
        mode == null ? null : ForwardingMode.valueOf(mode),
        ring == null ? null : Integer.parseInt(ring), in.slots(), in.one("active"),
        in.one("place"));
  }

  static void writeForm(UserForm f, Pairs out) {
    out.put("name", f.name());
    out.put("email", f.email());
    out.put("phone", f.phone());
    out.put("mobile", f.mobile());
    out.put("language", f.language());
    out.put("secondFactor", f.secondFactor());
    out.put("role", f.role());
    out.put("title", f.title());
    out.put("timezone", f.timezone());
    f.groups().forEach(g -> out.put("group", g));
    f.numbers().forEach(n -> out.put("number", n));
    out.put("comment", f.comment());
    out.put("lineNotification", f.lineNotification());
  }

  static UserForm readForm(Pairs in) {
    return new UserForm(in.one("name"), in.one("email"), in.one("phone"), in.one("mobile"),
        in.one("language"), in.one("secondFactor"), in.one("role"), in.one("title"),
        in.one("timezone"), in.all("group"), in.all("number"), in.one("comment"),
        Boolean.parseBoolean(in.one("lineNotification")));
  }
}
