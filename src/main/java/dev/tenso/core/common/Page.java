package dev.tenso.core.common;

import java.util.List;

/** One page of a sorted result: the items, the 1-based page number, the page size and the total. */
public record Page<T>(List<T> items, int page, int pageSize, int total) {
  public Page {
    items = List.copyOf(items);
  }

  public int pageCount() {
    return total == 0 ? 1 : (total + pageSize - 1) / pageSize;
  }

  public boolean hasNext() {
    return page < pageCount();
  }

  /** Cuts the given full, sorted list into the requested page (page 1 first). */
  public static <T> Page<T> of(List<T> all, int page, int pageSize) {
    int from = Math.min((page - 1) * pageSize, all.size());
    int to = Math.min(from + pageSize, all.size());
    return new Page<>(all.subList(from, to), page, pageSize, all.size());
  }
}
