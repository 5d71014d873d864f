package dev.tenso.core.auth;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A double of the audit port that keeps every event. */
public final class RecordingAudit implements AuditLog {
  public final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void append(AuditEvent event) {
    events.add(event);
  }

  @Override
  public List<AuditEvent> forNumber(String numberDigits, int limit) {
    return events.stream().filter(e -> e.number().equals(numberDigits)).limit(limit).toList();
  }

  @Override
  public List<AuditEvent> forUser(String userId, int limit) {
    return events.stream().filter(e -> e.subject().equals(userId) || e.actor().equals(userId))
        .limit(limit).toList();
  }
}
