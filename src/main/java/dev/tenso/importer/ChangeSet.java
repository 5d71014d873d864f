package dev.tenso.importer;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.VoiceGroup;
import java.util.List;

/**
 * Writes of an import, computed against the stored state before anything is written: only rows
 * that differ from what is stored. An import of many rows is planned as several change sets
 * (one per chunk of rows), all staged and then switched in together by {@link ImportWriter}.
 */
public record ChangeSet(
    List<VoiceGroup> voiceGroups,
    List<Site> sites,
    List<Contract> contracts,
    List<OfficeNumber> numbers,
    List<ForwardingWrite> forwarding,
    List<UserGroup> userGroups,
    List<UserChange> users,
    List<RouteChange> routes) {

  public ChangeSet {
    voiceGroups = List.copyOf(voiceGroups);
    sites = List.copyOf(sites);
    contracts = List.copyOf(contracts);
    numbers = List.copyOf(numbers);
    forwarding = List.copyOf(forwarding);
    userGroups = List.copyOf(userGroups);
    users = List.copyOf(users);
    routes = List.copyOf(routes);
  }

  public boolean isEmpty() {
    return voiceGroups.isEmpty() && sites.isEmpty() && contracts.isEmpty() && numbers.isEmpty()
        && forwarding.isEmpty() && userGroups.isEmpty() && users.isEmpty() && routes.isEmpty();
  }

  /** Rows written (a routing record follows its row and is not counted). */
  public int size() {
    return voiceGroups.size() + sites.size() + contracts.size() + numbers.size()
        + forwarding.size() + userGroups.size() + users.size();
  }

  /** A number's new forwarding, valid only while the stored version is still the one read. */
  public record ForwardingWrite(
      IpNumber number, long expectedVersion, ForwardingSetting setting, AuditEvent event) {}

  /**
   * A number's routing record (what a call to it does), for every number whose row, contract or
   * forwarding the import changes; valid only while the number's stored forwarding version is
   * still {@code forwardingVersion}, the one it was computed from.
   */
  public record RouteChange(IpNumber number, long forwardingVersion, RoutingDecision route) {}

  /**
   * A user to write with its audit event, valid only while the stored user is still exactly
   * {@code previous}.
   *
   * @param previous the existing user as read when planning, or null for a new user
   */
  public record UserChange(User user, User previous, AuditEvent event) {
    public boolean isNew() {
      return previous == null;
    }

    /** The stored email key of an existing user, or null for a new user. */
    public String previousEmailKey() {
      return previous == null ? null : previous.email().key();
    }
  }
}
