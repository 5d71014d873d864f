package dev.tenso.core.inventory;

import dev.tenso.core.common.Page;
import java.util.List;
import java.util.Optional;

/**
 * Port: the inventory of voice groups, sites, contracts and numbers. Read-mostly; written by the
 * import. Implementations throw {@link dev.tenso.core.common.StoreUnavailableException} when the
 * store cannot be reached.
 */
public interface Inventory {
  List<VoiceGroup> voiceGroups();

  Optional<VoiceGroup> voiceGroup(VoiceGroupId id);

  List<Site> sites();

  Optional<Site> site(SiteId id);

  List<Contract> contracts();

  Optional<Contract> contract(ContractNumber number);

  Optional<OfficeNumber> number(IpNumber number);

  /**
   * Every number of the organisation, sorted by its digits: for start-up and batch work only,
   * never a request's (it grows with the organisation).
   */
  List<OfficeNumber> numbers();

  /**
   * The page of {@link NumberSearch#search}: the numbers that meet {@code query} and that
   * {@code scope} covers, sorted by their digits, with the total; read without reading the whole
   * inventory (its cost follows the voice group, site or contract named, never the organisation).
   */
  Page<NumberDetails> search(NumberQuery query, Scope scope, int pageSize);

  /** A number with its contract and site, or empty when any of them is unknown. */
  default Optional<NumberDetails> details(IpNumber ip) {
    return number(ip)
        .flatMap(n -> contract(n.contract())
            .flatMap(c -> site(c.site()).map(s -> new NumberDetails(n, c, s))));
  }
}
