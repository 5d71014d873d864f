package dev.tenso.redis;

import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.forwarding.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A forwarding setting as the fields of its hash ({@code tenso:forwarding:<digits>}). */
final class ForwardingCodec {
  static final String VERSION = "version";

  private ForwardingCodec() {}

  /** The fields without {@code version}, in a fixed order. */
  static Map<String, String> fields(ForwardingSetting s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("enabled", Boolean.toString(s.enabled()));
    m.put("mode", s.mode().name());
    m.put("ringTime", Integer.toString(s.ringTime()));
    for (int i = 1; i <= Target.SLOTS; i++) {
      m.put("slot" + i, s.slot(i).orElse(""));
    }
    m.put("active", s.active().code());
    return m;
  }

  static Versioned<ForwardingSetting> read(Map<Object, Object> hash) {
    if (hash == null || hash.isEmpty()) {
      return new Versioned<>(ForwardingSetting.initial(), 0);
    }
    List<String> slots = new ArrayList<>();
    for (int i = 1; i <= Target.SLOTS; i++) {
      String v = str(hash, "slot" + i);
      slots.add(v.isEmpty() ? null : v);
    }
    var setting = new ForwardingSetting(
        Boolean.parseBoolean(str(hash, "enabled")),
        ForwardingMode.valueOf(str(hash, "mode")),
        Integer.parseInt(str(hash, "ringTime")),
        slots,
        Target.parse(str(hash, "active")));
    return new Versioned<>(setting, Long.parseLong(str(hash, VERSION)));
  }

  private static String str(Map<Object, Object> hash, String field) {
    Object v = hash.get(field);
    return v == null ? "" : v.toString();
  }
}
