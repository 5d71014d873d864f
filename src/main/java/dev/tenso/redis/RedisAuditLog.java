package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The audit log as Redis Streams: every event goes to {@code tenso:audit} and to the streams of its
 * number and users in one script; reads are newest first (XREVRANGE).
 */
public final class RedisAuditLog implements AuditLog {
  private final StringRedisTemplate redis;

  public RedisAuditLog(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public void append(AuditEvent event) {
    List<String> args = new ArrayList<>();
    Scripts.addPairs(args, AuditCodec.fields(event));
    RedisFailures.call(
        () -> redis.execute(Scripts.AUDIT_APPEND, AuditCodec.streams(event), args.toArray()));
  }

  @Override
  public List<AuditEvent> forNumber(String numberDigits, int limit) {
    return newestFirst(Keys.numberAudit(numberDigits), limit);
  }

  @Override
  public List<AuditEvent> forUser(String userId, int limit) {
    return newestFirst(Keys.userAudit(userId), limit);
  }

  /** The newest {@code limit} events of the global stream. */
  public List<AuditEvent> all(int limit) {
    return newestFirst(Keys.AUDIT, limit);
  }

  private List<AuditEvent> newestFirst(String key, int limit) {
    var records = RedisFailures.call(() -> redis.opsForStream()
        .reverseRange(key, Range.unbounded(), Limit.limit().count(limit)));
    List<AuditEvent> events = new ArrayList<>();
    if (records != null) {
      records.forEach(r -> events.add(AuditCodec.read(r.getValue())));
    }
    return events;
  }
}
