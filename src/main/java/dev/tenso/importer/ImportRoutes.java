package dev.tenso.importer;

import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.ContractNumber;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The routing records an import rewrites: one for every number of the file whose row (its
 * terminal), contract (its message box) or forwarding the import changes, decided by the core
 * ({@link RoutingDecision#decide}) from the state the import leaves.
 */
final class ImportRoutes {
  private ImportRoutes() {}

  static List<ChangeSet.RouteChange> of(Organisation org, List<OfficeNumber> numbers,
      List<Contract> contracts, List<ChangeSet.ForwardingWrite> forwarding, Inventory inventory,
      ForwardingStore store) {
    Set<IpNumber> changedNumbers =
        numbers.stream().map(OfficeNumber::number).collect(Collectors.toSet());
    Set<ContractNumber> changedContracts =
        contracts.stream().map(Contract::number).collect(Collectors.toSet());
    Map<IpNumber, ChangeSet.ForwardingWrite> changedForwarding = new HashMap<>();
    forwarding.forEach(f -> changedForwarding.put(f.number(), f));
    Map<ContractNumber, Contract> fileContracts = new HashMap<>();
    org.contracts().forEach(c -> fileContracts.put(c.number(), c));
    Map<SiteId, Site> fileSites = new HashMap<>();
    org.sites().forEach(s -> fileSites.put(s.id(), s));

    List<ChangeSet.RouteChange> out = new ArrayList<>();
    for (Organisation.NumberRow row : org.numbers()) {
      OfficeNumber n = row.number();
      ChangeSet.ForwardingWrite f = changedForwarding.get(n.number());
      if (f == null && !changedNumbers.contains(n.number())
          && !changedContracts.contains(n.contract())) {
        continue;
      }
      Optional<Contract> contract = Optional.ofNullable(fileContracts.get(n.contract()))
          .or(() -> inventory.contract(n.contract()));
      Optional<Site> site = contract.flatMap(c -> Optional.ofNullable(fileSites.get(c.site()))
          .or(() -> inventory.site(c.site())));
      if (site.isEmpty()) {
        continue; // a valid file names only known contracts and sites
      }
      Versioned<ForwardingSetting> setting = f != null
          ? new Versioned<>(f.setting(), f.expectedVersion())
          : store.get(n.number());
      NumberDetails details = new NumberDetails(n, contract.get(), site.get());
      out.add(new ChangeSet.RouteChange(n.number(), setting.version(),
          RoutingDecision.decide(details, setting.value())));
    }
    return out;
  }
}
