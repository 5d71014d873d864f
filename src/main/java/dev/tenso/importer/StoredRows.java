package dev.tenso.importer;

import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.ContractNumber;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.List;
import java.util.Map;

/**
 * What the store holds of a chunk of an import's rows, read in bulk ({@link ImportWriter#read}):
 * a row that is not stored is missing from its map; a number's forwarding is there with its
 * version (version 0: never set).
 *
 * @param users by email key (lower-cased)
 */
public record StoredRows(
    Map<VoiceGroupId, VoiceGroup> voiceGroups,
    Map<SiteId, Site> sites,
    Map<ContractNumber, Contract> contracts,
    Map<IpNumber, OfficeNumber> numbers,
    Map<IpNumber, Versioned<ForwardingSetting>> forwarding,
    Map<String, UserGroup> userGroups,
    Map<String, User> users) {

  /** The rows to read: ids of each kind (a number's forwarding is read with the number). */
  public record Wanted(
      List<VoiceGroupId> voiceGroups,
      List<SiteId> sites,
      List<ContractNumber> contracts,
      List<IpNumber> numbers,
      List<String> userGroups,
      List<String> userEmailKeys) {

    public Wanted {
      voiceGroups = List.copyOf(voiceGroups);
      sites = List.copyOf(sites);
      contracts = List.copyOf(contracts);
      numbers = List.copyOf(numbers);
      userGroups = List.copyOf(userGroups);
      userEmailKeys = List.copyOf(userEmailKeys);
    }
  }
}
