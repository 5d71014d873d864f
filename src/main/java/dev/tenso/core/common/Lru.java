package dev.tenso.core.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bounded maps for what an instance remembers to spare work: never what decides an answer. */
public final class Lru {
  private Lru() {}

  /**
   * A map of at most {@code max} entries, the least recently used going first once it is full.
   * Not synchronized: the caller guards it.
   */
  public static <K, V> Map<K, V> map(int max) {
    return new LinkedHashMap<>(Math.min(max, 256), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }
}
