package dev.tenso.core.audit;

import java.util.List;

/**
 * Port: the append-only audit log. Readable per number and per user (acting or subject), newest
 * first.
 */
public interface AuditLog {
  void append(AuditEvent event);

  List<AuditEvent> forNumber(String numberDigits, int limit);

  List<AuditEvent> forUser(String userId, int limit);
}
