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

  /**
   * The stream an event is written to with its change, in the change's slot: the number's
   * stream for an event about a number, else the directory's.
   */
  static String origin(AuditEvent e) {
    return e.number().isEmpty() ? Keys.DIRECTORY_AUDIT : Keys.numberAudit(e.number());
  }

  /**
   * The streams an event is shown in besides its origin, fed after the change ({@link
   * AuditFeed}): every event, the acting user's and the subject user's.
   */
  static List<String> views(AuditEvent e) {
    List<String> keys = new ArrayList<>();
    keys.add(Keys.AUDIT);
    if (!Keys.isSystemActor(e.actor())) {
      keys.add(Keys.userAudit(e.actor()));
    }
    if (!e.subject().isEmpty() && !e.subject().equals(e.actor())) {
      keys.add(Keys.userAudit(e.subject()));
    }
    return keys;
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
