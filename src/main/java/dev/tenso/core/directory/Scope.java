package dev.tenso.core.directory;

import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which numbers a user may see and change (§2 of the domain). A portal administrator: every
 * number. A general user: the numbers assigned directly, plus every number of the sites and voice
 * groups their user groups give. Callers answer an out-of-scope number exactly like an unknown
 * one ({@code NUMBER_NOT_IN_SCOPE}), so a user never learns that it exists.
 *
 * <p>Kept in the directory (not the inventory) because it is built from a user; the inventory
 * knows nothing of users, so the two packages do not depend on each other in a cycle.
 */
public record Scope(boolean all, Set<IpNumber> numbers, Set<SiteId> sites,
    Set<VoiceGroupId> voiceGroups) {

  public Scope {
    numbers = Set.copyOf(numbers);
    sites = Set.copyOf(sites);
    voiceGroups = Set.copyOf(voiceGroups);
  }

  /** Every number: a portal administrator, or a system actor such as the import. */
  public static Scope everything() {
    return new Scope(true, Set.of(), Set.of(), Set.of());
  }

  /** @param groups user groups; only those the user is a member of (by name) count */
  public static Scope of(User user, List<UserGroup> groups) {
    if (user.isAdmin()) {
      return everything();
    }
    Set<SiteId> sites = new HashSet<>();
    Set<VoiceGroupId> voiceGroups = new HashSet<>();
    for (UserGroup g : groups) {
      if (user.groups().contains(g.name())) {
        sites.addAll(g.sites());
        voiceGroups.addAll(g.voiceGroups());
      }
    }
    return new Scope(false, user.numbers(), sites, voiceGroups);
  }

  public boolean covers(NumberDetails n) {
    return all
        || numbers.contains(n.ip())
        || sites.contains(n.site().id())
        || voiceGroups.contains(n.voiceGroup());
  }

  /**
   * The voice groups this scope shows, in id order: every one for an administrator; else those
   * given, those holding a given site, and those holding a number the scope covers.
   */
  public List<VoiceGroup> visibleVoiceGroups(
      Collection<VoiceGroup> groups, Collection<Site> allSites, Collection<NumberDetails> numbers) {
    Set<VoiceGroupId> seen = new HashSet<>(voiceGroups);
    for (Site s : allSites) {
      if (sites.contains(s.id())) {
        seen.add(s.voiceGroup());
      }
    }
    for (NumberDetails n : numbers) {
      if (covers(n)) {
        seen.add(n.voiceGroup());
      }
    }
    return groups.stream()
        .filter(g -> all || seen.contains(g.id()))
        .sorted(java.util.Comparator.comparing(VoiceGroup::id))
        .toList();
  }
}
