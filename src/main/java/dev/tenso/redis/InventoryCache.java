package dev.tenso.redis;

import dev.tenso.core.common.Lru;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Contracts and sites as last read and decoded, for one inventory version. The import, their
 * only writer, moves the {@code version} of {@link Keys#INVENTORY_STATE} on when it ends; a reader
 * reads the version with the user and asks here only for that version, so an entry read under
 * another version is never used: what an instance holds here never changes an answer, it only
 * spares the reads. Bounded (least recently used go first); versions only move forward.
 */
final class InventoryCache {
  private static final int MAX = 10_000;

  private long version = -1;
  private final Map<String, Contract> contracts = Lru.map(MAX);
  private final Map<String, Site> sites = Lru.map(MAX);

  /**
   * Each number with its contract and site (null where either is missing), kept at
   * {@code version} or else read: the contracts missed together, then their sites (two round
   * trips, only after a start or an import), and kept.
   */
  List<NumberDetails> details(StringRedisTemplate redis, long version,
      List<OfficeNumber> numbers) {
    List<NumberDetails> out = new ArrayList<>(numbers.size());
    List<Integer> missed = null;
    synchronized (this) {
      for (int i = 0; i < numbers.size(); i++) {
        Contract c = moveTo(version) ? contracts.get(contractOf(numbers.get(i))) : null;
        Site s = c == null ? null : sites.get(c.site().value());
        out.add(s == null ? null : new NumberDetails(numbers.get(i), c, s));
        if (s == null) {
          missed = missed == null ? new ArrayList<>() : missed;
          missed.add(i);
        }
      }
    }
    if (missed != null) {
      List<String> ids = missed.stream().map(i -> contractOf(numbers.get(i))).toList();
      List<Map<Object, Object>> cs = Pipelines.hashes(redis, ids.stream().map(Keys::contract)
          .toList());
      List<Map<Object, Object>> ss = Pipelines.hashes(redis, cs.stream()
          .map(c -> Keys.site(String.valueOf(c.getOrDefault("site", "")))).toList());
      for (int j = 0; j < missed.size(); j++) {
        if (!cs.get(j).isEmpty() && !ss.get(j).isEmpty()) {
          Contract c = InventoryCodec.contract(cs.get(j));
          Site s = InventoryCodec.site(ss.get(j));
          out.set(missed.get(j), new NumberDetails(numbers.get(missed.get(j)), c, s));
          keep(version, ids.get(j), c, s);
        }
      }
    }
    return out;
  }

  private static String contractOf(OfficeNumber n) {
    return n.contract().value();
  }

  /** Keeps what was read while the store was at {@code version}. */
  private synchronized void keep(long at, String contract, Contract c, Site s) {
    if (moveTo(at)) {
      contracts.put(contract, c);
      sites.put(c.site().value(), s);
    }
  }

  /** True when {@code at} is the cache's version, after moving forward to it if newer. */
  private boolean moveTo(long at) {
    if (at > version) {
      contracts.clear();
      sites.clear();
      version = at;
    }
    return at == version;
  }
}
