package dev.tenso.redis;

import dev.tenso.core.common.Page;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.NumberQuery;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Scope;
import dev.tenso.core.inventory.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A page of number search (検索条件) in four round trips, reading no record beyond the page's: one
 * script over the narrowest sorted index of {@link NumberSearchIndex} the query names (the
 * contract's, else the site's, else the voice group's), then the page's numbers, their contracts
 * and their sites. With no digits and a scope that covers the whole voice group, the script reads
 * the page by rank (every command O(log n), whatever the page's depth); otherwise it walks that
 * index's members (digits only, no record) keeping those that meet the query and the scope, so
 * its cost follows the numbers of the contract, site or voice group named, never the whole
 * inventory. The matching is {@link NumberQuery#matches} and {@link Scope#covers} as the core
 * states them (a test holds the two to the same answers).
 */
final class NumberSearchStore {
  /**
   * KEYS[1] the index walked; KEYS[2..1+m] indexes a hit must also be in (the voice group, the
   * site); KEYS[2+m..] indexes of which a hit must be in one (the scope's sites) unless the scope
   * covers all. ARGV[1] a fragment of digits ("" none), ARGV[2] the offset, ARGV[3] the page
   * size, ARGV[4] m, ARGV[5] "all" or "some", ARGV[6..] numbers a hit may also be (the scope's).
   * Returns {total, digits of the page..}.
   */
  @SuppressWarnings("rawtypes")
  static final RedisScript<List> SEARCH = RedisScript.of("""
      local frag, from, size, m = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
      local all = ARGV[5] == 'all'
      local out = {0}
      if frag == '' and m == 0 and all then
        local total = redis.call('ZCARD', KEYS[1])
        out[1] = total
        if from < total then
          local last = math.min(from + size, total) - 1
          for _, d in ipairs(redis.call('ZRANGE', KEYS[1], from, last)) do out[#out + 1] = d end
        end
        return out
      end
      local own = {}
      for i = 6, #ARGV do own[ARGV[i]] = true end
      local function hit(d)
        if frag ~= '' and not string.find(d, frag, 1, true) then return false end
        for k = 2, 1 + m do
          if not redis.call('ZSCORE', KEYS[k], d) then return false end
        end
        if all or own[d] then return true end
        for k = 2 + m, #KEYS do
          if redis.call('ZSCORE', KEYS[k], d) then return true end
        end
        return false
      end
      local total, start = 0, 0
      while true do
        local chunk = redis.call('ZRANGE', KEYS[1], start, start + 999)
        if #chunk == 0 then break end
        for _, d in ipairs(chunk) do
          if hit(d) then
            total = total + 1
            if total > from and #out <= size then out[#out + 1] = d end
          end
        end
        start = start + 1000
      end
      out[1] = total
      return out
      """, List.class);

  private NumberSearchStore() {}

  static Page<NumberDetails> search(StringRedisTemplate redis, NumberQuery q, Scope scope,
      int pageSize) {
    String vg = NumberSearchIndex.voiceGroup(q.voiceGroup().value());
    List<String> keys = new ArrayList<>();
    List<String> musts = new ArrayList<>();
    if (q.contract().isPresent()) {
      keys.add(NumberSearchIndex.contract(q.contract().get().value()));
      musts.add(vg);
      q.site().ifPresent(s -> musts.add(NumberSearchIndex.site(s.value())));
    } else if (q.site().isPresent()) {
      keys.add(NumberSearchIndex.site(q.site().get().value()));
      musts.add(vg);
    } else {
      keys.add(vg);
    }
    keys.addAll(musts);
    boolean all = scope.all() || scope.voiceGroups().contains(q.voiceGroup());
    List<String> args = new ArrayList<>(List.of(q.digits(),
        Long.toString((long) (q.page() - 1) * pageSize), Integer.toString(pageSize),
        Integer.toString(musts.size()), all ? "all" : "some"));
    if (!all) {
      scope.sites().forEach(s -> keys.add(NumberSearchIndex.site(s.value())));
      scope.numbers().forEach(n -> args.add(n.digits()));
    }
    List<?> r = RedisFailures.call(() -> redis.execute(SEARCH, keys, args.toArray()));
    List<String> digits = r.subList(1, r.size()).stream().map(Object::toString).toList();
    return new Page<>(details(redis, digits), q.page(), pageSize,
        ((Number) r.get(0)).intValue());
  }

  /** The numbers of {@code digits} with their contracts and sites: three round trips. */
  private static List<NumberDetails> details(StringRedisTemplate redis, List<String> digits) {
    List<OfficeNumber> numbers = IndexedHashes.read(redis, digits, Keys::number,
        InventoryCodec::number);
    List<String> contractIds = numbers.stream().map(n -> n.contract().value()).distinct()
        .toList();
    Map<String, Contract> contracts = new HashMap<>();
    IndexedHashes.read(redis, contractIds, Keys::contract, InventoryCodec::contract)
        .forEach(c -> contracts.put(c.number().value(), c));
    List<String> siteIds = contracts.values().stream().map(c -> c.site().value()).distinct()
        .toList();
    Map<String, Site> sites = new HashMap<>();
    IndexedHashes.read(redis, siteIds, Keys::site, InventoryCodec::site)
        .forEach(s -> sites.put(s.id().value(), s));
    List<NumberDetails> out = new ArrayList<>(numbers.size());
    for (OfficeNumber n : numbers) {
      Contract c = contracts.get(n.contract().value());
      Site s = c == null ? null : sites.get(c.site().value());
      if (s != null) {
        out.add(new NumberDetails(n, c, s));
      }
    }
    return out;
  }
}
