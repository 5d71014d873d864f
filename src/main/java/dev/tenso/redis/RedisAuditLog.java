package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The audit log as Redis Streams. An event is written to its origin stream, in the slot of what
 * it is about (a number's, the directory's), and fed from there to the views that span slots
 * ({@code tenso:audit}, each user's; {@link AuditFeed}). Reads are newest first (XREVRANGE); an
 * event the feed delivered twice (same {@code origin}) is shown once.
 */
public final class RedisAuditLog implements AuditLog {
  /** Read beyond the limit, so that duplicates dropped still leave {@code limit} events. */
  private static final int SPARE = 16;
  private final StringRedisTemplate redis;
  private final AuditFeed feed;

  public RedisAuditLog(StringRedisTemplate redis, AuditFeed feed) {
    this.redis = redis;
    this.feed = feed;
  }

  @Override
  public void append(AuditEvent event) {
    String origin = AuditCodec.origin(event);
    List<String> args = new ArrayList<>(List.of(feed.minId()));
    Scripts.addPairs(args, AuditCodec.fields(event));
    RedisFailures.call(() -> redis.execute(Scripts.AUDIT_APPEND,
        List.of(origin, Keys.unfed(origin)), args.toArray()));
    feed.afterChange(origin);
  }

  @Override
  public List<AuditEvent> forNumber(String numberDigits, int limit) {
    return newestFirst(Keys.numberAudit(numberDigits), limit);
  }

  @Override
  public List<AuditEvent> forUser(String userId, int limit) {
    return newestFirst(Keys.userAudit(userId), limit);
  }

  /** The newest {@code limit} events of the view of every event. */
  public List<AuditEvent> all(int limit) {
    return newestFirst(Keys.AUDIT, limit);
  }

  private List<AuditEvent> newestFirst(String key, int limit) {
    var records = RedisFailures.call(() -> redis.opsForStream()
        .reverseRange(key, Range.unbounded(), Limit.limit().count(limit + SPARE)));
    List<AuditEvent> events = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (var r : records == null ? List.<MapRecord<String, Object, Object>>of() : records) {
      Object origin = r.getValue().get(AuditFeed.ORIGIN);
      if (events.size() < limit && (origin == null || seen.add(origin))) {
        events.add(AuditCodec.read(r.getValue()));
      }
    }
    return events;
  }
}
