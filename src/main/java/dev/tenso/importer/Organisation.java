package dev.tenso.importer;

import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.VoiceGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A whole import file, every row valid: what the planner compares with the store. */
record Organisation(
    List<VoiceGroup> voiceGroups,
    List<Site> sites,
    List<Contract> contracts,
    List<NumberRow> numbers,
    List<UserGroup> userGroups,
    List<UserRow> users) {

  boolean hasTotpSecrets() {
    return users.stream().anyMatch(u -> u.totpSecret() != null);
  }

  int rows() {
    return voiceGroups.size() + sites.size() + contracts.size() + numbers.size()
        + userGroups.size() + users.size();
  }

  /** The rows in parts of at most {@code size} rows of one section each, in section order. */
  List<Organisation> parts(int size) {
    List<Organisation> out = new ArrayList<>();
    for (var p : chunks(voiceGroups, size)) {
      out.add(new Organisation(p, List.of(), List.of(), List.of(), List.of(), List.of()));
    }
    for (var p : chunks(sites, size)) {
      out.add(new Organisation(List.of(), p, List.of(), List.of(), List.of(), List.of()));
    }
    for (var p : chunks(contracts, size)) {
      out.add(new Organisation(List.of(), List.of(), p, List.of(), List.of(), List.of()));
    }
    for (var p : chunks(numbers, size)) {
      out.add(new Organisation(List.of(), List.of(), List.of(), p, List.of(), List.of()));
    }
    for (var p : chunks(userGroups, size)) {
      out.add(new Organisation(List.of(), List.of(), List.of(), List.of(), p, List.of()));
    }
    for (var p : chunks(users, size)) {
      out.add(new Organisation(List.of(), List.of(), List.of(), List.of(), List.of(), p));
    }
    return out;
  }

  /** The ids of these rows, for reading what the store holds of them. */
  StoredRows.Wanted wanted() {
    return new StoredRows.Wanted(voiceGroups.stream().map(VoiceGroup::id).toList(),
        sites.stream().map(Site::id).toList(), contracts.stream().map(Contract::number).toList(),
        numbers.stream().map(n -> n.number().number()).toList(),
        userGroups.stream().map(UserGroup::name).toList(),
        users.stream().map(u -> u.email().key()).toList());
  }

  /** Only the rows a commit did not write because the store changed meanwhile. */
  Organisation only(ImportWriter.Conflicts c) {
    return new Organisation(List.of(), List.of(), List.of(),
        numbers.stream().filter(n -> c.forwarding().contains(n.number().number())).toList(),
        List.of(), users.stream().filter(u -> c.userEmailKeys().contains(u.email().key())).toList());
  }

  static <T> List<List<T>> chunks(List<T> rows, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += size) {
      out.add(rows.subList(i, Math.min(rows.size(), i + size)));
    }
    return out;
  }

  /** A number and, when the file says it, its forwarding. */
  record NumberRow(OfficeNumber number, Optional<ForwardingSetting> forwarding) {}
}
