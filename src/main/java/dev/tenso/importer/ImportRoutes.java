package dev.tenso.importer;

import dev.tenso.core.forwarding.ForwardingSetting;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routing records one import rewrites: one for every number of the file whose row (its
 * terminal), contract (its message box) or forwarding the import changes, decided by the core
 * ({@link RoutingDecision#decide}) from the state the import leaves. It lives for one import:
 * the contracts come before the numbers (sections are staged in order), and a number planned
 * again after a conflict keeps needing its record.
 */
final class ImportRoutes {
  private final Map<ContractNumber, Optional<Contract>> contracts = new HashMap<>();
  private final Map<SiteId, Optional<Site>> sites = new HashMap<>();
  private final Set<ContractNumber> changedContracts = new HashSet<>();
  private final Set<IpNumber> needed = new HashSet<>();
  private final Inventory inventory;

  ImportRoutes(Organisation org, Inventory inventory) {
    this.inventory = inventory;
    org.contracts().forEach(c -> contracts.put(c.number(), Optional.of(c)));
    org.sites().forEach(s -> sites.put(s.id(), Optional.of(s)));
  }

  void contractsChanged(List<Contract> changed) {
    changed.forEach(c -> changedContracts.add(c.number()));
  }

  /**
   * The records of {@code rows} (one chunk of number rows) given which of them changed
   * ({@code changedNumbers}, {@code forwarding}) and what is stored of them ({@code stored}).
   */
  List<ChangeSet.RouteChange> of(List<Organisation.NumberRow> rows,
      List<OfficeNumber> changedNumbers, List<ChangeSet.ForwardingWrite> forwarding,
      StoredRows stored) {
    Map<IpNumber, ChangeSet.ForwardingWrite> written = new HashMap<>();
    forwarding.forEach(f -> written.put(f.number(), f));
    changedNumbers.forEach(n -> needed.add(n.number()));
    List<ChangeSet.RouteChange> out = new ArrayList<>();
    for (Organisation.NumberRow row : rows) {
      OfficeNumber n = row.number();
      ChangeSet.ForwardingWrite f = written.get(n.number());
      if (f != null || changedContracts.contains(n.contract())) {
        needed.add(n.number());
      }
      if (!needed.contains(n.number())) {
        continue;
      }
      Optional<Contract> contract = contracts.computeIfAbsent(n.contract(), inventory::contract);
      Optional<Site> site = contract.flatMap(c -> sites.computeIfAbsent(c.site(), inventory::site));
      if (site.isEmpty()) {
        continue; // a valid file names only known contracts and sites
      }
      Versioned<ForwardingSetting> setting = f != null
          ? new Versioned<>(f.setting(), f.expectedVersion())
          : stored.forwarding().get(n.number());
      out.add(new ChangeSet.RouteChange(n.number(), setting.version(),
          RoutingDecision.decide(new NumberDetails(n, contract.get(), site.get()),
              setting.value())));
    }
    return out;
  }
}
