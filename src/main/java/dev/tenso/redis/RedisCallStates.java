package dev.tenso.redis;

import dev.tenso.voice.CallStates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The IVR state of each call in one hash, {@code tenso:ivr:call:<CallSid>}, with a TTL renewed at
 * every step. Each answered step {@code n} is one field {@code s.<n>}: the call's fields after it
 * (state, tries, language, the flow's values) with the TwiML it was answered with, written once
 * ({@code HSETNX}); a step being answered holds an empty {@code s.<n>} (its claim) until then. The
 * step the call expects is the first without an answer, found from {@code step} (the expected
 * step as last saved by {@link #save}). {@link #save} drops the answers before the last, so only
 * the latest step can be posted again.
 *
 * <p>Loading with the claim and saving are one script each: two round trips per step. Saving a
 * step answered before its claim ({@link #saveIfFirst}) is one {@code HSETNX}, which is the claim
 * itself: one command, one round trip (each command more costs such a step as much as a tenth of
 * its time). Every {@value #TIDY_EVERY}th such step is a script instead, which also drops the
 * answers before the last, moves {@code step} on and renews the TTL. So the TTL runs from the last
 * step but at most {@value #TIDY_EVERY} steps before it, and a call keeps at most
 * {@value #TIDY_EVERY} answers more than the last two.
 */
public final class RedisCallStates implements CallStates {
  /** Between a field's name and value, and after each value, in an answered step. */
  private static final char IS = '\u0001';
  private static final char END = '\u0002';
  /** Steps saved if first between two that tidy the call up. */
  static final int TIDY_EVERY = 8;

  /**
   * KEYS[1] the call; ARGV[1] the step asked about, ARGV[2] TTL seconds. Answers: the expected
   * step, whether the asked step was claimed now, and the last answered step (its fields and
   * answer) or empty.
   */
  private static final RedisScript<List> LOAD = RedisScript.of("""
      local expected = tonumber(redis.call('HGET', KEYS[1], 'step') or '0')
      while redis.call('HSTRLEN', KEYS[1], 's.' .. expected) > 0 do
        expected = expected + 1
      end
      local claimed = 0
      if expected == tonumber(ARGV[1]) then
        claimed = redis.call('HSETNX', KEYS[1], 's.' .. expected, '')
        redis.call('EXPIRE', KEYS[1], ARGV[2])
      end
      local last = redis.call('HGET', KEYS[1], 's.' .. (expected - 1)) or ''
      return {tostring(expected), tostring(claimed), last}
      """, List.class);

  /**
   * KEYS[1] the call; ARGV[1] the step, ARGV[2] TTL seconds, ARGV[3] the step answered: its
   * answer written, the answers before the step before it dropped, the expected step moved on.
   */
  private static final RedisScript<Long> SAVE = RedisScript.of("""
      local step = tonumber(ARGV[1])
      local from = tonumber(redis.call('HGET', KEYS[1], 'step') or '0') - 2
      for k = from, step - 2 do
        redis.call('HDEL', KEYS[1], 's.' .. k)
      end
      redis.call('HSET', KEYS[1], 's.' .. step, ARGV[3], 'step', tostring(step + 1))
      redis.call('EXPIRE', KEYS[1], ARGV[2])
      return 1
      """, Long.class);

  /**
   * KEYS[1] the call; ARGV[1] the step, ARGV[2] TTL seconds, ARGV[3] the step answered: as
   * {@code HSETNX}, and if it was first, as {@link #SAVE} (the step is the last answered now, so
   * the expected step is the next: {@code step} may move on over the answers dropped).
   */
  private static final RedisScript<Long> SAVE_IF_FIRST_AND_TIDY = RedisScript.of("""
      local step = tonumber(ARGV[1])
      if redis.call('HSETNX', KEYS[1], 's.' .. step, ARGV[3]) == 0 then return 0 end
      local from = tonumber(redis.call('HGET', KEYS[1], 'step') or '0') - 2
      for k = from, step - 2 do
        redis.call('HDEL', KEYS[1], 's.' .. k)
      end
      redis.call('HSET', KEYS[1], 'step', tostring(step + 1))
      redis.call('EXPIRE', KEYS[1], ARGV[2])
      return 1
      """, Long.class);

  private final StringRedisTemplate redis;

  public RedisCallStates(StringRedisTemplate redis) {
    this.redis = redis;
  }

  static String key(String sid) {
    return Keys.PREFIX + "ivr:call:" + sid;
  }

  @Override
  public Loaded load(String sid, int step, Duration ttl) {
    List<?> out = (List<?>) Pipelines.scripts(redis, LOAD, List.of(new Pipelines.Call(
        List.of(key(sid)), List.of(Integer.toString(step), Long.toString(ttl.toSeconds())))))
        .get(0);
    Map<String, String> fields = decode(Pipelines.text(out.get(2)));
    fields.put(STEP, Pipelines.text(out.get(0)));
    if (Integer.parseInt(Pipelines.text(out.get(0))) == step) {
      fields.remove(ANSWER); // the answer to the step before: asked for only with another step
    }
    return new Loaded(fields, "1".equals(Pipelines.text(out.get(1))));
  }

  @Override
  public void save(String sid, Map<String, String> fields, int step, String answer,
      Duration ttl) {
    Pipelines.scripts(redis, SAVE, List.of(new Pipelines.Call(List.of(key(sid)), List.of(
        Integer.toString(step), Long.toString(ttl.toSeconds()), encode(fields, answer)))));
  }

  @Override
  public boolean saveIfFirst(String sid, Map<String, String> fields, int step, String answer,
      Duration ttl) {
    byte[] key = key(sid).getBytes(StandardCharsets.UTF_8);
    byte[] field = ("s." + step).getBytes(StandardCharsets.UTF_8);
    byte[] value = encode(fields, answer).getBytes(StandardCharsets.UTF_8);
    if (step % TIDY_EVERY != 0) {
      return Boolean.TRUE.equals(Pipelines.together(redis, c -> List.of(
          c.hsetnx(key, field, value))).get(0));
    }
    Object done = Pipelines.scripts(redis, SAVE_IF_FIRST_AND_TIDY, List.of(new Pipelines.Call(
        List.of(key(sid)), List.of(Integer.toString(step), Long.toString(ttl.toSeconds()),
            new String(value, StandardCharsets.UTF_8))))).get(0);
    return done instanceof Long n && n == 1L;
  }

  /** An answered step: each field and the answer, as {@code name IS value END}. */
  static String encode(Map<String, String> fields, String answer) {
    StringBuilder b = new StringBuilder(answer.length() + 256);
    fields.forEach((k, v) -> append(b, k, v));
    append(b, ANSWER, answer);
    return b.toString();
  }

  private static void append(StringBuilder b, String name, String value) {
    if (name.indexOf(IS) >= 0 || name.indexOf(END) >= 0 || value.indexOf(IS) >= 0
        || value.indexOf(END) >= 0) {
      throw new IllegalArgumentException("a call field holds a separator: " + name);
    }
    b.append(name).append(IS).append(value).append(END);
  }

  /** The fields and answer of an answered step (none for an empty one). */
  static Map<String, String> decode(String step) {
    Map<String, String> fields = new HashMap<>();
    int at = 0;
    while (at < step.length()) {
      int is = step.indexOf(IS, at);
      int end = step.indexOf(END, is);
      if (is < 0 || end < 0) {
        break;
      }
      fields.put(step.substring(at, is), step.substring(is + 1, end));
      at = end + 1;
    }
    return fields;
  }
}
