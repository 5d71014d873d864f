package dev.tenso.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.script.RedisScript;

/** The Lua scripts that make one change atomic. Every key a script touches is passed in KEYS. */
final class Scripts {
  private Scripts() {}

  /**
   * Forwarding compare-and-set. KEYS[1] the number's forwarding hash, KEYS[2] its routing record,
   * KEYS[3..] the audit streams. ARGV[1] expected version, ARGV[2] count n of the forwarding
   * hash's field/value arguments, ARGV[3] count m of the routing record's, ARGV[4..3+n] the first,
   * ARGV[4+n..3+n+m] the second, the rest the audit event's field/value pairs. Returns 1 when
   * written, 0 on a version conflict (writing nothing).
   */
  static final RedisScript<Long> FORWARDING_CAS = RedisScript.of("""
      local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
      if current ~= tonumber(ARGV[1]) then return 0 end
      local n = tonumber(ARGV[2])
      local m = tonumber(ARGV[3])
      local version = tostring(current + 1)
      local fields = {'version', version}
      for i = 4, 3 + n do fields[#fields + 1] = ARGV[i] end
      redis.call('HSET', KEYS[1], unpack(fields))
      local route = {}
      for i = 4 + n, 3 + n + m do route[#route + 1] = ARGV[i] end
      redis.call('DEL', KEYS[2])
      redis.call('HSET', KEYS[2], unpack(route))
      local event = {'version', version}
      for i = 4 + n + m, #ARGV do event[#event + 1] = ARGV[i] end
      for k = 3, #KEYS do redis.call('XADD', KEYS[k], '*', unpack(event)) end
      return 1
      """, Long.class);

  /** Appends ARGV (field/value pairs) to every stream in KEYS. */
  static final RedisScript<Long> AUDIT_APPEND = RedisScript.of("""
      for k = 1, #KEYS do redis.call('XADD', KEYS[k], '*', unpack(ARGV)) end
      return #KEYS
      """, Long.class);

  /**
   * Creates a user and appends its audit event, all or nothing. KEYS[1] user hash, KEYS[2] email
   * index, KEYS[3] set of ids, KEYS[4..] the audit streams (none when nothing is audited); ARGV[1]
   * id, ARGV[2] count n of the hash's field/value arguments, ARGV[3..2+n] those, the rest the
   * event's field/value pairs. Returns 1, or 0 (writing nothing) when the id or the email is taken.
   */
  static final RedisScript<Long> USER_CREATE = RedisScript.of("""
      if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
      local n = tonumber(ARGV[2])
      local fields = {}
      for i = 3, 2 + n do fields[#fields + 1] = ARGV[i] end
      local event = {}
      for i = 3 + n, #ARGV do event[#event + 1] = ARGV[i] end
      redis.call('SET', KEYS[2], ARGV[1])
      redis.call('HSET', KEYS[1], unpack(fields))
      redis.call('SADD', KEYS[3], ARGV[1])
      for k = 4, #KEYS do redis.call('XADD', KEYS[k], '*', unpack(event)) end
      return 1
      """, Long.class);

  /**
   * User compare-and-set with its audit event, all or nothing. KEYS[1] user hash, KEYS[2] next
   * email index, KEYS[3] expected email index, KEYS[4..] the audit streams (none when nothing is
   * audited); ARGV[1] id, ARGV[2] count n of the expected record's field/value arguments, ARGV[3]
   * count m of the next record's, ARGV[4..3+n] the expected ones, ARGV[4+n..3+n+m] the next ones,
   * the rest the event's field/value pairs. Returns 1 when written, 0 when the user is gone or any
   * stored field differs from the expected one, -1 when the next email belongs to another user.
   * Writes nothing, and appends no event, unless it returns 1.
   */
  static final RedisScript<Long> USER_UPDATE = RedisScript.of("""
      if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
      local n = tonumber(ARGV[2])
      local m = tonumber(ARGV[3])
      for i = 4, 3 + n, 2 do
        if redis.call('HGET', KEYS[1], ARGV[i]) ~= ARGV[i + 1] then return 0 end
      end
      local owner = redis.call('GET', KEYS[2])
      if owner and owner ~= ARGV[1] then return -1 end
      local fields = {}
      for i = 4 + n, 3 + n + m do fields[#fields + 1] = ARGV[i] end
      local event = {}
      for i = 4 + n + m, #ARGV do event[#event + 1] = ARGV[i] end
      if KEYS[3] ~= KEYS[2] then redis.call('DEL', KEYS[3]) end
      redis.call('SET', KEYS[2], ARGV[1])
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], unpack(fields))
      for k = 4, #KEYS do redis.call('XADD', KEYS[k], '*', unpack(event)) end
      return 1
      """, Long.class);

  /** Replaces a hash and adds its member to a set. KEYS[1] hash, KEYS[2] set; ARGV[1] member. */
  static final RedisScript<Long> REPLACE_HASH_IN_SET = RedisScript.of("""
      local fields = {}
      for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], unpack(fields))
      redis.call('SADD', KEYS[2], ARGV[1])
      return 1
      """, Long.class);

  /** {@code first} followed by the map's field/value pairs, as script arguments. */
  static Object[] args(String first, Map<String, String> fields) {
    List<String> args = new ArrayList<>();
    args.add(first);
    addPairs(args, fields);
    return args.toArray();
  }

  /** Appends the map's field/value pairs to {@code args}, in the map's order. */
  static void addPairs(List<String> args, Map<String, String> fields) {
    fields.forEach((k, v) -> {
      args.add(k);
      args.add(v);
    });
  }
}
