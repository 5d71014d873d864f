package dev.tenso.importer;

import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.VoiceGroup;
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

  /** A number and, when the file says it, its forwarding. */
  record NumberRow(OfficeNumber number, Optional<ForwardingSetting> forwarding) {}
}
