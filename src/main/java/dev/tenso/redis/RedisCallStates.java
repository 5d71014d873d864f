package dev.tenso.redis;

import dev.tenso.voice.CallStates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The IVR state of each call in one hash, {@code tenso:ivr:call:<CallSid>}, with a TTL renewed at
 * every step: {@code state}, {@code tries}, {@code lang}, {@code step} (the next expected),
 * {@code v.<name>} (the flow's values), {@code claim.<n>} and {@code answer.<n>} (the latest
 * step's TwiML; the one before is dropped, so the hash does not grow with the call), {@code rev}.
 * Loading with the claim and saving are one script each: two round trips per step; saving by
 * revision with the claim is one.
 */
public final class RedisCallStates implements CallStates {
  private static final String CLAIMED = ".claimed";

  /**
   * KEYS[1] the call; ARGV[1] the step asked about, ARGV[2] TTL seconds. Of the kept answers only
   * the asked step's comes back, and the last one when another step was asked: the last answer
   * (a kilobyte of TwiML) is otherwise sent and decoded for nothing at every step.
   */
  private static final RedisScript<List> LOAD = RedisScript.of("""
      local expected = tonumber(redis.call('HGET', KEYS[1], 'step') or '0')
      local claimed = 0
      local wanted = {}
      wanted['answer.' .. ARGV[1]] = true
      if expected == tonumber(ARGV[1]) then
        claimed = redis.call('HSETNX', KEYS[1], 'claim.' .. ARGV[1], '1')
        redis.call('EXPIRE', KEYS[1], ARGV[2])
      else
        wanted['answer.' .. tostring(expected - 1)] = true
      end
      local all = redis.call('HGETALL', KEYS[1])
      local out = {}
      for i = 1, #all, 2 do
        local k = all[i]
        if wanted[k] or not (string.sub(k, 1, 7) == 'answer.' or string.sub(k, 1, 6) == 'claim.')
        then
          out[#out + 1] = k
          out[#out + 1] = all[i + 1]
        end
      end
      out[#out + 1] = '.claimed'
      out[#out + 1] = tostring(claimed)
      return out
      """, List.class);

  /**
   * KEYS[1] the call; ARGV[1] TTL seconds, ARGV[2] the step before (its claim and answer are
   * dropped: only the latest step can be posted again), then field/value pairs.
   */
  private static final RedisScript<Long> SAVE = RedisScript.of("""
      redis.call('HDEL', KEYS[1], 'claim.' .. ARGV[2], 'answer.' .. ARGV[2])
      local fields = {}
      for i = 3, #ARGV do fields[#fields + 1] = ARGV[i] end
      redis.call('HSET', KEYS[1], unpack(fields))
      redis.call('EXPIRE', KEYS[1], ARGV[1])
      return 1
      """, Long.class);

  /**
   * KEYS[1] the call; ARGV[1] the step, ARGV[2] the revision expected, ARGV[3] TTL seconds, then
   * field/value pairs: claims the step and saves as {@link #SAVE}, unless the call moved on from
   * that revision or the step was claimed (0, nothing written).
   */
  private static final RedisScript<Long> SAVE_IF_UNCHANGED = RedisScript.of("""
      if redis.call('HGET', KEYS[1], 'rev') ~= ARGV[2] then return 0 end
      if redis.call('HSETNX', KEYS[1], 'claim.' .. ARGV[1], '1') == 0 then return 0 end
      local before = tostring(tonumber(ARGV[1]) - 1)
      redis.call('HDEL', KEYS[1], 'claim.' .. before, 'answer.' .. before)
      local fields = {}
      for i = 4, #ARGV do fields[#fields + 1] = ARGV[i] end
      redis.call('HSET', KEYS[1], unpack(fields))
      redis.call('EXPIRE', KEYS[1], ARGV[3])
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
    List<?> all = (List<?>) Pipelines.scripts(redis, LOAD, List.of(new Pipelines.Call(
        List.of(key(sid)), List.of(Integer.toString(step), Long.toString(ttl.toSeconds())))))
        .get(0);
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; all != null && i + 1 < all.size(); i += 2) {
      fields.put(Pipelines.text(all.get(i)), Pipelines.text(all.get(i + 1)));
    }
    boolean claimed = "1".equals(fields.remove(CLAIMED));
    return new Loaded(fields, claimed);
  }

  @Override
  public void save(String sid, Map<String, String> fields, int step, String answer,
      Duration ttl) {
    List<String> args = new ArrayList<>();
    args.add(Long.toString(ttl.toSeconds()));
    args.add(Integer.toString(step - 1));
    saved(args, fields, step, answer);
    Pipelines.scripts(redis, SAVE, List.of(new Pipelines.Call(List.of(key(sid)), args)));
  }

  @Override
  public boolean saveIfUnchanged(String sid, String rev, Map<String, String> fields, int step,
      String answer, Duration ttl) {
    List<String> args = new ArrayList<>();
    args.add(Integer.toString(step));
    args.add(rev);
    args.add(Long.toString(ttl.toSeconds()));
    saved(args, fields, step, answer);
    Object done = Pipelines.scripts(redis, SAVE_IF_UNCHANGED, List.of(new Pipelines.Call(
        List.of(key(sid)), args))).get(0);
    return done instanceof Long n && n == 1L;
  }

  /** The field/value pairs a save of {@code step} writes: the fields, the next step, the answer. */
  private static void saved(List<String> args, Map<String, String> fields, int step,
      String answer) {
    Scripts.addPairs(args, fields);
    args.add(STEP);
    args.add(Integer.toString(step + 1));
    args.add(ANSWER + step);
    args.add(answer);
  }
}
