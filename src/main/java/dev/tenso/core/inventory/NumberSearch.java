package dev.tenso.core.inventory;

import dev.tenso.core.common.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Number search as pure functions over lists: filter, keep what the scope covers, sort, page. */
public final class NumberSearch {
  public static final int PAGE_SIZE = 10;

  private NumberSearch() {}

  public static Page<NumberDetails> search(
      List<NumberDetails> all, NumberQuery query, Predicate<NumberDetails> inScope) {
    return search(all, query, inScope, PAGE_SIZE);
  }

  public static Page<NumberDetails> search(List<NumberDetails> all, NumberQuery query,
      Predicate<NumberDetails> inScope, int pageSize) {
    List<NumberDetails> hits = all.stream()
        .filter(query::matches)
        .filter(inScope)
        .sorted(Comparator.comparing(NumberDetails::ip))
        .toList();
    return Page.of(hits, query.page(), pageSize);
  }

  /**
   * Joins numbers with their contracts and sites (one read of each list instead of three reads
   * per number); a number whose contract or site is unknown is left out.
   */
  public static List<NumberDetails> details(
      List<OfficeNumber> numbers, List<Contract> contracts, List<Site> sites) {
    Map<ContractNumber, Contract> byNumber =
        contracts.stream().collect(Collectors.toMap(Contract::number, Function.identity(),
            (a, b) -> a));
    Map<SiteId, Site> byId =
        sites.stream().collect(Collectors.toMap(Site::id, Function.identity(), (a, b) -> a));
    List<NumberDetails> out = new ArrayList<>();
    for (OfficeNumber n : numbers) {
      Contract c = byNumber.get(n.contract());
      Site s = c == null ? null : byId.get(c.site());
      if (s != null) {
        out.add(new NumberDetails(n, c, s));
      }
    }
    return out;
  }
}
