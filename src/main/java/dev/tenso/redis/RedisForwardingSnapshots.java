package dev.tenso.redis;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * A user's forwarding snapshot in one Lua script (one round trip): the user (by id, or by the
 * Slack id index {@code tenso:user-slack:{id}}), the hashes of
 * their user groups, and for each number its number, contract, site and forwarding hashes. The
 * script derives the keys it reads from the user record (a standalone Redis allows it; under
 * Redis Cluster these reads would need the user's and numbers' keys in one hash slot).
 */
public final class RedisForwardingSnapshots implements ForwardingSnapshots {
  /**
   * ARGV[1] the key prefix, ARGV[2] user id, ARGV[3] limit, ARGV[4] a Slack user id to find
   * the user by instead ("" for none: through tenso:user-slack:{id}, and only while the user
   * record still names that id), ARGV[5..] named number digits.
   * Returns "" for an unknown user, else ONE string of length-prefixed items ({@link Items}):
   * the user hash, the number of groups and each group's hash, the number of numbers and each
   * one's number, contract, site and forwarding hashes, the count assigned; a hash is its field
   * count, then its fields and values. One bulk string costs the client far less to read than
   * the nested arrays of the hashes themselves.
   */
  static final RedisScript<byte[]> SNAPSHOT = RedisScript.of("""
      local p = ARGV[1]
      local id = ARGV[2]
      if ARGV[4] ~= '' then
        id = redis.call('GET', p .. 'user-slack:' .. ARGV[4])
        if not id then return '' end
      end
      local user = redis.call('HGETALL', p .. 'user:' .. id)
      if #user == 0 then return '' end
      local function field(flat, name)
        for i = 1, #flat, 2 do if flat[i] == name then return flat[i + 1] end end
        return ''
      end
      if ARGV[4] ~= '' and field(user, 'slackId') ~= ARGV[4] then return '' end
      local groups = {}
      for g in string.gmatch(field(user, 'groups'), '[^\\n]+') do
        local h = redis.call('HGETALL', p .. 'usergroup:' .. g)
        if #h > 0 then groups[#groups + 1] = h end
      end
      local wanted = {}
      local assigned = 0
      local limit = tonumber(ARGV[3])
      for d in string.gmatch(field(user, 'numbers'), '[^\\n]+') do
        assigned = assigned + 1
        if #ARGV == 4 and assigned <= limit then wanted[#wanted + 1] = d end
      end
      for i = 5, #ARGV do wanted[#wanted + 1] = ARGV[i] end
      local numbers = {}
      for _, d in ipairs(wanted) do
        local n = redis.call('HGETALL', p .. 'number:' .. d)
        if #n > 0 then
          local c = redis.call('HGETALL', p .. 'contract:' .. field(n, 'contract'))
          local s = redis.call('HGETALL', p .. 'site:' .. field(c, 'site'))
          if #c > 0 and #s > 0 then
            numbers[#numbers + 1] = {n, c, s, redis.call('HGETALL', p .. 'forwarding:' .. d)}
          end
        end
      end
      local out = {}
      local function put(v) out[#out + 1] = #v .. ':' .. v end
      local function hash(h) put(tostring(#h)) for i = 1, #h do put(h[i]) end end
      hash(user)
      put(tostring(#groups))
      for _, g in ipairs(groups) do hash(g) end
      put(tostring(#numbers))
      for _, n in ipairs(numbers) do hash(n[1]) hash(n[2]) hash(n[3]) hash(n[4]) end
      put(tostring(assigned))
      return table.concat(out)
      """, byte[].class);

  private final StringRedisTemplate redis;

  public RedisForwardingSnapshots(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  public Snapshot read(UserId user, List<IpNumber> named, int limit) {
    return read(user.value(), "", named, limit);
  }

  @Override
  public Snapshot readBySlackId(String slackId, List<IpNumber> named, int limit) {
    return slackId == null || slackId.isEmpty() ? new Snapshot(Optional.empty(), List.of(),
        List.of(), 0) : read("", slackId, named, limit);
  }

  private Snapshot read(String userId, String slackId, List<IpNumber> named, int limit) {
    List<String> args = new ArrayList<>();
    args.add(Keys.PREFIX);
    args.add(userId);
    args.add(Integer.toString(limit));
    args.add(slackId);
    named.forEach(n -> args.add(n.digits()));
    byte[] out = RedisFailures.call(() -> redis.execute(SNAPSHOT, RedisSerializer.string(),
        RedisSerializer.byteArray(), List.of(), args.toArray()));
    if (out == null || out.length == 0) {
      return new Snapshot(Optional.empty(), List.of(), List.of(), 0);
    }
    Items in = new Items(out);
    User u = UserCodec.user(in.hash());
    List<UserGroup> groups = new ArrayList<>();
    for (int g = in.count(); g > 0; g--) {
      groups.add(UserCodec.group(in.hash()));
    }
    List<NumberState> numbers = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      NumberDetails details = new NumberDetails(InventoryCodec.number(in.hash()),
          InventoryCodec.contract(in.hash()), InventoryCodec.site(in.hash()));
      numbers.add(new NumberState(details, ForwardingCodec.read(in.hash())));
    }
    return new Snapshot(Optional.of(u), groups, numbers, in.count());
  }

  /** The script's items, {@code <byte length>:<UTF-8 bytes>} one after the other, in order. */
  private static final class Items {
    private final byte[] bytes;
    private int at;

    Items(byte[] bytes) {
      this.bytes = bytes;
    }

    String next() {
      int length = 0;
      while (bytes[at] != ':') {
        length = length * 10 + (bytes[at++] - '0');
      }
      String s = new String(bytes, ++at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }

    int count() {
      return Integer.parseInt(next());
    }

    /** A hash: its field count, then fields and values. */
    Map<Object, Object> hash() {
      int n = count();
      Map<Object, Object> m = new HashMap<>(n);
      for (int i = 0; i + 1 < n; i += 2) {
        m.put(next(), next());
      }
      return m;
    }
  }
}
