package dev.tenso.redis;

import dev.tenso.core.common.Lru;
import java.util.Map;

/**
 * Contracts and sites as last read, for one inventory version. The import, their only writer,
 * bumps {@link Keys#INVENTORY_VERSION} when it ends; a reader reads the version in the same round
 * trip as the numbers and asks here only for that version, so an entry read under another version
 * is never used: what an instance holds here never changes an answer, it only spares the reads.
 * Bounded (least recently used go first); versions only move forward.
 */
final class InventoryCache {
  private static final int MAX = 10_000;

  private long version = -1;
  private final Map<String, Map<Object, Object>> contracts = bounded();
  private final Map<String, Map<Object, Object>> sites = bounded();

  private static Map<String, Map<Object, Object>> bounded() {
    return Lru.map(MAX);
  }

  /** The contract hash cached for {@code version}, or null. */
  synchronized Map<Object, Object> contract(long at, String number) {
    return moveTo(at) ? contracts.get(number) : null;
  }

  /** The site hash cached for {@code version}, or null. */
  synchronized Map<Object, Object> site(long at, String id) {
    return moveTo(at) ? sites.get(id) : null;
  }

  /** Keeps hashes read from the store while it was at {@code version}. */
  synchronized void keep(long at, String contract, Map<Object, Object> c, String site,
      Map<Object, Object> s) {
    if (moveTo(at) && !c.isEmpty() && !s.isEmpty()) {
      contracts.put(contract, Map.copyOf(c));
      sites.put(site, Map.copyOf(s));
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
