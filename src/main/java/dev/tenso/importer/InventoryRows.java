package dev.tenso.importer;

import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.ContractNumber;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Plan;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads voiceGroup, site, contract and number rows, one at a time as the file is streamed; checks
 * ids, duplicates and references to the rows read before.
 */
final class InventoryRows {
  final Map<VoiceGroupId, VoiceGroup> voiceGroups = new LinkedHashMap<>();
  final Map<SiteId, Site> sites = new LinkedHashMap<>();
  final Map<ContractNumber, Contract> contracts = new LinkedHashMap<>();
  final Map<IpNumber, Organisation.NumberRow> numbers = new LinkedHashMap<>();
  private final Errors errors;
  private final ForwardingRows forwarding;

  InventoryRows(Errors errors, ForwardingCheck check) {
    this.errors = errors;
    this.forwarding = new ForwardingRows(errors, check);
  }

  void voiceGroup(Node item, String path) {
    row(item, path, Set.of("id", "name"), f -> ref(f, "id", VoiceGroupId::of)
        .ifPresent(id -> unique(voiceGroups, id, new VoiceGroup(id, f.text("name").orElse("")), f, "id")));
  }

  void site(Node item, String path) {
    row(item, path, Set.of("id", "name", "voiceGroup", "opened"), f -> {
      var id = ref(f, "id", SiteId::of);
      var vg = known(f, "voiceGroup", VoiceGroupId::of, voiceGroups, ImportReason.UNKNOWN_VOICE_GROUP);
      boolean opened = f.bool("opened", false);
      if (id.isPresent() && vg.isPresent()) {
        unique(sites, id.get(), new Site(id.get(), f.text("name").orElse(""), vg.get(), opened), f, "id");
      }
    });
  }

  void contract(Node item, String path) {
    row(item, path, Set.of("number", "voiceGroup", "site", "plan", "membersNet",
        "messageBox", "representative"), f -> {
      var number = ref(f, "number", ContractNumber::of);
      var vg = known(f, "voiceGroup", VoiceGroupId::of, voiceGroups, ImportReason.UNKNOWN_VOICE_GROUP);
      var site = known(f, "site", SiteId::of, sites, ImportReason.UNKNOWN_SITE);
      var plan = Enums.of(f, "plan", Plan.class, ImportReason.PLAN_INVALID, errors);
      boolean membersNet = f.bool("membersNet", false);
      boolean messageBox = f.bool("messageBox", false);
      boolean representative = f.bool("representative", false);
      if (vg.isPresent() && site.isPresent()
          && !sites.get(site.get()).voiceGroup().equals(vg.get())) {
        errors.add(f.line("site"), f.path("site"), ImportReason.SITE_OF_OTHER_VOICE_GROUP);
      } else if (number.isPresent() && vg.isPresent() && site.isPresent() && plan.isPresent()) {
        unique(contracts, number.get(), new Contract(number.get(), vg.get(), site.get(),
            plan.get(), membersNet, messageBox, representative), f, "number");
      }
    });
  }

  void number(Node item, String path) {
    row(item, path, Set.of("number", "contract", "terminal", "forwarding"), f -> {
      var number = ref(f, "number", IpNumber::of);
      var contract = known(f, "contract", ContractNumber::of, contracts, ImportReason.UNKNOWN_CONTRACT);
      String terminal = f.text("terminal").orElse("");
      if (number.isEmpty() || contract.isEmpty()) {
        forwarding.read(f, null);
        return;
      }
      var office = new OfficeNumber(number.get(), contract.get(), terminal);
      Contract c = contracts.get(contract.get());
      var details = new dev.tenso.core.inventory.NumberDetails(office, c, sites.get(c.site()));
      var setting = forwarding.read(f, details);
      unique(numbers, number.get(), new Organisation.NumberRow(office, setting), f, "number");
    });
  }

  /** After the last number row: the forwarding rules, loops through the file's rows included. */
  void numbersRead() {
    forwarding.checkAll(ip -> Optional.ofNullable(numbers.get(ip))
        .flatMap(Organisation.NumberRow::forwarding));
  }

  private void row(Node item, String path, Set<String> keys,
      java.util.function.Consumer<Fields> read) {
    Fields.of(item, path, keys, errors).ifPresent(read);
  }

  private <T> Optional<T> ref(Fields f, String key, java.util.function.Function<String, T> parse) {
    return f.required(key).flatMap(t -> errors.value(f.line(key), f.path(key), () -> parse.apply(t)));
  }

  private <T> Optional<T> known(Fields f, String key, java.util.function.Function<String, T> parse,
      Map<T, ?> rows, ImportReason unknown) {
    Optional<T> id = ref(f, key, parse);
    if (id.isPresent() && !rows.containsKey(id.get())) {
      errors.add(f.line(key), f.path(key), unknown);
      return Optional.empty();
    }
    return id;
  }

  private <K, V> void unique(Map<K, V> rows, K id, V row, Fields f, String key) {
    if (rows.containsKey(id)) {
      errors.add(f.line(key), f.path(key), ImportReason.DUPLICATE);
    } else {
      rows.put(id, row);
    }
  }
}
