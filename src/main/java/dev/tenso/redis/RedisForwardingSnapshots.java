package dev.tenso.redis;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

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
   * Returns {} for an unknown user, else {user, {group...}, {{number, contract, site,
   * forwarding}...}, assigned}, each hash as a flat field/value array.
   */
  static final RedisScript<List> SNAPSHOT = RedisScript.of("""
      local p = ARGV[1]
      local id = ARGV[2]
      if ARGV[4] ~= '' then
        id = redis.call('GET', p .. 'user-slack:' .. ARGV[4])
        if not id then return {} end
      end
      local user = redis.call('HGETALL', p .. 'user:' .. id)
      if #user == 0 then return {} end
      local function field(flat, name)
        for i = 1, #flat, 2 do if flat[i] == name then return flat[i + 1] end end
        return ''
      end
      if ARGV[4] ~= '' and field(user, 'slackId') ~= ARGV[4] then return {} end
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
      return {user, groups, numbers, assigned}
      """, List.class);

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
    List<?> out = RedisFailures.call(() -> redis.execute(SNAPSHOT, List.of(), args.toArray()));
    if (out == null || out.isEmpty()) {
      return new Snapshot(Optional.empty(), List.of(), List.of(), 0);
    }
    User u = UserCodec.user(hash(out.get(0)));
    List<UserGroup> groups = new ArrayList<>();
    for (Object g : (List<?>) out.get(1)) {
      groups.add(UserCodec.group(hash(g)));
    }
    List<NumberState> numbers = new ArrayList<>();
    for (Object n : (List<?>) out.get(2)) {
      List<?> parts = (List<?>) n;
      numbers.add(new NumberState(new NumberDetails(InventoryCodec.number(hash(parts.get(0))),
          InventoryCodec.contract(hash(parts.get(1))), InventoryCodec.site(hash(parts.get(2)))),
          ForwardingCodec.read(hash(parts.get(3)))));
    }
    return new Snapshot(Optional.of(u), groups, numbers, ((Number) out.get(3)).intValue());
  }

  /** A flat field/value array as the map the codecs read. */
  private static Map<Object, Object> hash(Object flat) {
    List<?> list = (List<?>) flat;
    Map<Object, Object> m = new HashMap<>();
    for (int i = 0; i + 1 < list.size(); i += 2) {
      m.put(String.valueOf(list.get(i)), String.valueOf(list.get(i + 1)));
    }
    return m;
  }
}
