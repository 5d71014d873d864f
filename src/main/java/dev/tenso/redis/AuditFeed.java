package dev.tenso.redis;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Feeds the audit views that span slots ({@code tenso:audit}, every event, and each user's
 * stream) from the streams the events are written to with their change, in the change's slot
 * (a number's stream, the directory's). Each write marks its stream unfed (the id of the first
 * event not fed, {@link Keys#unfed}); the writer feeds right after its change, and {@link #sweep}
 * (at start-up and every minute, on one instance) feeds what a stopped writer left. At least
 * once: an event fed twice carries the same {@code origin} field ({@code <stream> <id>}) and is
 * shown once ({@link RedisAuditLog}). Every append trims its stream to the retention with
 * {@code MINID}.
 */
public final class AuditFeed {
  static final String ORIGIN = "origin";
  private static final int BATCH = 500;
  private static final int ROUNDS = 3;
  private static final long PER_STREAM = 1_000;

  /**
   * KEYS[1] the unfed mark, KEYS[2] its stream; ARGV[1] the id of the last event fed. Deletes the
   * mark when that is the stream's last event (returns 1); otherwise moves it past it (0).
   */
  static final RedisScript<Long> FED = RedisScript.of("""
      local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)[1]
      if (not last) or last[1] == ARGV[1] then
        redis.call('DEL', KEYS[1])
        return 1
      end
      if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('SET', KEYS[1], '(' .. ARGV[1]) end
      return 0
      """, Long.class);

  private final StringRedisTemplate redis;
  private final Duration keep;
  private final Clock clock;

  /** @param keep how long audit events are kept (older ones are trimmed with MINID) */
  public AuditFeed(StringRedisTemplate redis, Duration keep, Clock clock) {
    this.redis = redis;
    this.keep = keep;
    this.clock = clock;
  }

  /** The stream id below which audit events are trimmed: now minus the retention. */
  String minId() {
    return Math.max(0, clock.millis() - keep.toMillis()) + "-0";
  }

  /**
   * {@link #sweep} by the one instance that claims this round ({@code SET NX PX}, kept a little
   * less than {@code every}); the others do nothing.
   *
   * @return the number of streams fed, 0 when another instance has this round
   */
  public int sweepOnce(Duration every) {
    Duration keep = every.multipliedBy(9).dividedBy(10);
    Boolean mine = RedisFailures.call(() -> redis.opsForValue()
        .setIfAbsent(Keys.PREFIX + "claim:audit-sweep", "1", keep));
    return Boolean.TRUE.equals(mine) ? sweep() : 0;
  }

  /** Feeds {@code origin} after a change; a failure is left to the sweep (the change is done). */
  void afterChange(String origin) {
    try {
      feed(List.of(origin));
    } catch (RuntimeException e) {
      // written and marked unfed: the next sweep feeds it
    }
  }

  /**
   * Feeds every stream marked unfed (found with SCAN on every primary).
   *
   * @return the number of streams that were marked
   */
  public int sweep() {
    List<String> origins = new ArrayList<>();
    Scan.keys(redis, Keys.PREFIX + "audit:unfed:*", mark -> origins.add(Keys.originOfUnfed(mark)));
    feed(origins);
    return origins.size();
  }

  /** Feeds the unfed events of these origin streams, {@value #BATCH} streams a round trip. */
  void feed(Collection<String> origins) {
    List<String> all = new ArrayList<>(origins);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      for (int round = 0; round < ROUNDS && !batch.isEmpty(); round++) {
        batch = feedOnce(batch);
      }
    }
  }

  /** One pass: marks, unfed events, appends to the views, marks moved. @return origins left */
  private List<String> feedOnce(List<String> origins) {
    List<Object> marks = Pipelines.together(redis, c -> origins.stream()
        .map(o -> c.get(bytes(Keys.unfed(o)))).toList());
    List<String> marked = new ArrayList<>();
    List<String> from = new ArrayList<>();
    for (int i = 0; i < origins.size(); i++) {
      if (marks.get(i) != null) {
        marked.add(origins.get(i));
        from.add(Pipelines.text(marks.get(i)));
      }
    }
    List<List<Entry>> events = unfed(marked, from);
    XAddArgs trim = new XAddArgs().minId(minId()).exactTrimming();
    Pipelines.together(redis, c -> {
      List<RedisFuture<String>> sent = new ArrayList<>();
      for (int i = 0; i < marked.size(); i++) {
        for (Entry e : events.get(i)) {
          Map<String, String> fields = new LinkedHashMap<>(e.fields());
          fields.put(ORIGIN, marked.get(i) + " " + e.id());
          Map<byte[], byte[]> raw = new LinkedHashMap<>();
          fields.forEach((k, v) -> raw.put(bytes(k), bytes(v)));
          for (String view : AuditCodec.views(AuditCodec.read(fields))) {
            sent.add(c.xadd(bytes(view), trim, raw));
          }
        }
      }
      return sent;
    });
    List<Pipelines.Call> done = new ArrayList<>();
    List<String> doneOrigins = new ArrayList<>();
    for (int i = 0; i < marked.size(); i++) {
      var list = events.get(i);
      String last = list.isEmpty() ? "" : list.get(list.size() - 1).id();
      done.add(new Pipelines.Call(List.of(Keys.unfed(marked.get(i)), marked.get(i)),
          List.of(last)));
      doneOrigins.add(marked.get(i));
    }
    List<Object> results = Pipelines.scripts(redis, FED, done);
    List<String> left = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (!Long.valueOf(1L).equals(results.get(i))) {
        left.add(doneOrigins.get(i));
      }
    }
    return left;
  }

  /** The events of each origin from its mark on, {@value #PER_STREAM} at most, in one trip. */
  private List<List<Entry>> unfed(List<String> origins, List<String> marks) {
    List<Object> read = Pipelines.together(redis, c -> {
      List<RedisFuture<List<StreamMessage<byte[], byte[]>>>> sent = new ArrayList<>();
      for (int i = 0; i < origins.size(); i++) {
        String mark = marks.get(i);
        Range.Boundary<String> lower = mark.startsWith("(")
            ? Range.Boundary.excluding(mark.substring(1))
            : Range.Boundary.including(mark);
        sent.add(c.xrange(bytes(origins.get(i)), Range.from(lower, Range.Boundary.unbounded()),
            Limit.create(0, PER_STREAM)));
      }
      return sent;
    });
    List<List<Entry>> out = new ArrayList<>();
    for (Object r : read) {
      List<Entry> entries = new ArrayList<>();
      for (Object o : (List<?>) r) {
        StreamMessage<?, ?> m = (StreamMessage<?, ?>) o;
        Map<String, String> fields = new LinkedHashMap<>();
        m.getBody().forEach((k, v) -> fields.put(Pipelines.text(k), Pipelines.text(v)));
        entries.add(new Entry(m.getId(), fields));
      }
      out.add(entries);
    }
    return out;
  }

  /** One event as read from its origin stream. */
  private record Entry(String id, Map<String, String> fields) {}

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
