package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An audit event as the fields of a stream entry, and the streams it is appended to. */
final class AuditCodec {
  private AuditCodec() {}

  static Map<String, String> fields(AuditEvent e) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("at", e.at().toString());
    m.put("actor", e.actor());
    m.put("channel", e.channel());
    m.put("action", e.action());
    m.put("number", e.number());
    m.put("subject", e.subject());
    m.put("before", e.before());
    m.put("after", e.after());
    return m;
  }

  /** The global stream, the number's stream, the acting user's and the subject user's stream. */
  static List<String> streams(AuditEvent e) {
    List<String> keys = new ArrayList<>();
    keys.add(Keys.AUDIT);
    if (!e.number().isEmpty()) {
      keys.add(Keys.numberAudit(e.number()));
    }
    if (!Keys.isSystemActor(e.actor())) {
      keys.add(Keys.userAudit(e.actor()));
    }
    if (!e.subject().isEmpty() && !e.subject().equals(e.actor())) {
      keys.add(Keys.userAudit(e.subject()));
    }
    return keys;
  }

  /** {@link #streams}, or none when nothing is audited ({@code e} null). */
  static List<String> streamsOrNone(AuditEvent e) {
    return e == null ? List.of() : streams(e);
  }

  /** {@link #fields}, or none when nothing is audited ({@code e} null). */
  static Map<String, String> fieldsOrNone(AuditEvent e) {
    return e == null ? Map.of() : fields(e);
  }

  static AuditEvent read(Map<?, ?> m) {
    return new AuditEvent(
        Instants.parse(str(m, "at")),
        str(m, "actor"),
        str(m, "channel"),
        str(m, "action"),
        str(m, "number"),
        str(m, "subject"),
        str(m, "before"),
        str(m, "after"));
  }

  private static String str(Map<?, ?> m, String field) {
    Object v = m.get(field);
    return v == null ? "" : v.toString();
  }
}
