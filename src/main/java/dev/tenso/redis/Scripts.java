package dev.tenso.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.script.RedisScript;

/** The Lua scripts that make one change atomic. Every key a script touches is passed in KEYS. */
final class Scripts {
  private Scripts() {}

  /**
   * Forwarding compare-and-set, in the number's slot. KEYS[1] the number's forwarding hash,
   * KEYS[2] its routing record, KEYS[3] its audit stream, KEYS[4] that stream's unfed mark.
   * ARGV[1] expected version, ARGV[2] count n of the forwarding hash's field/value arguments,
   * ARGV[3] count m of the routing record's, ARGV[4] the audit's MINID (retention),
   * ARGV[5..4+n] the first, ARGV[5+n..4+n+m] the second, the rest the audit event's field/value
   * pairs. Returns 1 when written, 0 on a version conflict (writing nothing).
   */
  static final RedisScript<Long> FORWARDING_CAS = RedisScript.of("""
      local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
      if current ~= tonumber(ARGV[1]) then return 0 end
      local n = tonumber(ARGV[2])
      local m = tonumber(ARGV[3])
      local version = tostring(current + 1)
      local fields = {'version', version}
      for i = 5, 4 + n do fields[#fields + 1] = ARGV[i] end
      redis.call('HSET', KEYS[1], unpack(fields))
      local route = {}
      for i = 5 + n, 4 + n + m do route[#route + 1] = ARGV[i] end
      redis.call('DEL', KEYS[2])
      redis.call('HSET', KEYS[2], unpack(route))
      local event = {'version', version}
      for i = 5 + n + m, #ARGV do event[#event + 1] = ARGV[i] end
      local id = redis.call('XADD', KEYS[3], 'MINID', ARGV[4], '*', unpack(event))
      redis.call('SET', KEYS[4], id, 'NX')
      return 1
      """, Long.class);

  /**
   * Appends an event (ARGV[2..], field/value pairs) to the stream KEYS[1] and marks it unfed in
   * KEYS[2] (same slot); ARGV[1] the MINID (retention).
   */
  static final RedisScript<Long> AUDIT_APPEND = RedisScript.of("""
      local event = {}
      for i = 2, #ARGV do event[#event + 1] = ARGV[i] end
      local id = redis.call('XADD', KEYS[1], 'MINID', ARGV[1], '*', unpack(event))
      redis.call('SET', KEYS[2], id, 'NX')
      return 1
      """, Long.class);

  /**
   * Creates a user (no expected record) or compare-and-sets one, with its indexes and audit
   * event, all or nothing, in the directory's slot. KEYS[1] the user's hash, then u unique indexes
   * (email, Slack id) that must be free or the user's and are set to the id, d unique indexes it
   * no longer has (deleted while they are its), r sets to remove the id from, a sets to add it
   * to, lr sorted sets to remove an entry from and la sorted sets to add one to (the user list's,
   * score 0), then (when audited) the directory's audit stream and its unfed mark. ARGV[1] id,
   * ARGV[2..7] u, d, r, a, lr, la, ARGV[8] n, ARGV[9] m, ARGV[10] the audit's MINID, then the lr
   * and la entries (one per sorted set, in the same order), n expected field/value arguments
   * (none: the user must not exist yet; a field absent counts as ""), m of the new record, the
   * rest the event's. Returns 1 when written; 0 when the user exists (create) or is gone or
   * changed (update); -1 when a unique index is another user's.
   */
  static final RedisScript<Long> USER_WRITE = RedisScript.of("""
      local id = ARGV[1]
      local u, d, r, a = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
      local lr, la = tonumber(ARGV[6]), tonumber(ARGV[7])
      local n, m = tonumber(ARGV[8]), tonumber(ARGV[9])
      local first = 11 + lr + la
      if (redis.call('EXISTS', KEYS[1]) == 1) ~= (n > 0) then return 0 end
      for i = first, first + n - 1, 2 do
        if (redis.call('HGET', KEYS[1], ARGV[i]) or '') ~= ARGV[i + 1] then return 0 end
      end
      for k = 2, 1 + u do
        local owner = redis.call('GET', KEYS[k])
        if owner and owner ~= id then return -1 end
      end
      for k = 2 + u, 1 + u + d do
        if redis.call('GET', KEYS[k]) == id then redis.call('DEL', KEYS[k]) end
      end
      for k = 2, 1 + u do redis.call('SET', KEYS[k], id) end
      local sets = 1 + u + d
      for k = sets + 1, sets + r do redis.call('SREM', KEYS[k], id) end
      for k = sets + r + 1, sets + r + a do redis.call('SADD', KEYS[k], id) end
      local lists = sets + r + a
      for j = 1, lr do redis.call('ZREM', KEYS[lists + j], ARGV[10 + j]) end
      for j = lr + 1, lr + la do redis.call('ZADD', KEYS[lists + j], 0, ARGV[10 + j]) end
      local fields = {}
      for i = first + n, first + n + m - 1 do fields[#fields + 1] = ARGV[i] end
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], unpack(fields))
      local event = {}
      for i = first + n + m, #ARGV do event[#event + 1] = ARGV[i] end
      local audit = lists + lr + la + 1
      if #event > 0 then
        local eid = redis.call('XADD', KEYS[audit], 'MINID', ARGV[10], '*', unpack(event))
        redis.call('SET', KEYS[audit + 1], eid, 'NX')
      end
      return 1
      """, Long.class);

  /**
   * Switches in one record of a staged import ({@link ImportChunk}), all of whose keys are in one
   * slot: KEYS the keys it writes. ARGV[1] the audit's MINID, then the record: a label, a
   * condition ({@code -} none; {@code V key version}; {@code N user email} both absent;
   * {@code U user email id n fields..} the user still stored so, an absent field counting as "",
   * and the email free or theirs), a count of writes, the writes ({@code H|P key n pairs..}
   * replace a hash, set fields; {@code E stream mark n pairs..} append an audit event and mark it
   * unfed; {@code S|D|A|R key value} set, delete, add to or remove from a set; {@code Z|z key
   * member} add to (score 0) or remove from a sorted set). A record whose condition fails writes
   * nothing. Returns {1} when written, {0, label} when not.
   */
  static final RedisScript<List> IMPORT_APPLY = RedisScript.of("""
      local function key(n) return KEYS[tonumber(n)] end
      local i = 2
      local label, cond, ok = ARGV[i], ARGV[i + 1], true
      i = i + 2
      if cond == 'V' then
        ok = tonumber(redis.call('HGET', key(ARGV[i]), 'version') or '0') == tonumber(ARGV[i + 1])
        i = i + 2
      elseif cond == 'N' then
        ok = redis.call('EXISTS', key(ARGV[i])) == 0 and redis.call('EXISTS', key(ARGV[i + 1])) == 0
        i = i + 2
      elseif cond == 'U' then
        local user, owner = key(ARGV[i]), redis.call('GET', key(ARGV[i + 1]))
        local n = tonumber(ARGV[i + 3])
        ok = redis.call('EXISTS', user) == 1 and (not owner or owner == ARGV[i + 2])
        for j = i + 4, i + 3 + n, 2 do
          if ok and (redis.call('HGET', user, ARGV[j]) or '') ~= ARGV[j + 1] then ok = false end
        end
        i = i + 4 + n
      end
      if not ok then return {0, label} end
      local writes = tonumber(ARGV[i])
      i = i + 1
      for _ = 1, writes do
        local op, k = ARGV[i], key(ARGV[i + 1])
        if op == 'E' then
          local n = tonumber(ARGV[i + 3])
          local fields = {}
          for j = i + 4, i + 3 + n do fields[#fields + 1] = ARGV[j] end
          local id = redis.call('XADD', k, 'MINID', ARGV[1], '*', unpack(fields))
          redis.call('SET', key(ARGV[i + 2]), id, 'NX')
          i = i + 4 + n
        elseif op == 'H' or op == 'P' then
          local n = tonumber(ARGV[i + 2])
          local fields = {}
          for j = i + 3, i + 2 + n do fields[#fields + 1] = ARGV[j] end
          if op == 'H' then redis.call('DEL', k) end
          if n > 0 then redis.call('HSET', k, unpack(fields)) end
          i = i + 3 + n
        else
          if op == 'S' then redis.call('SET', k, ARGV[i + 2])
          elseif op == 'D' then redis.call('DEL', k)
          elseif op == 'A' then redis.call('SADD', k, ARGV[i + 2])
          elseif op == 'R' then redis.call('SREM', k, ARGV[i + 2])
          elseif op == 'Z' then redis.call('ZADD', k, 0, ARGV[i + 2])
          elseif op == 'z' then redis.call('ZREM', k, ARGV[i + 2]) end
          i = i + 3
        end
      end
      return {1}
      """, List.class);

  /**
   * Commits a staged import, in the import's slot: KEYS[1] its commit mark, KEYS[2..] every
   * staged part; ARGV[1] the mark's value. Returns 1 (the parts lose their expiry, the mark is
   * set), 0 when a part expired (nothing done).
   */
  static final RedisScript<Long> IMPORT_COMMIT = RedisScript.of("""
      for k = 2, #KEYS do
        if redis.call('EXISTS', KEYS[k]) == 0 then return 0 end
      end
      for k = 2, #KEYS do redis.call('PERSIST', KEYS[k]) end
      redis.call('SET', KEYS[1], ARGV[1])
      return 1
      """, Long.class);

  /** Replaces a hash and adds its member to a set. KEYS[1] hash, KEYS[2] set; ARGV[1] member. */
  static final RedisScript<Long> REPLACE_HASH_IN_SET = RedisScript.of("""
      local fields = {}
      for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], unpack(fields))
      redis.call('SADD', KEYS[2], ARGV[1])
      if KEYS[3] then redis.call('ZADD', KEYS[3], 0, ARGV[1]) end
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
