package dev.tenso.core.inventory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which numbers somebody may see and change (§2 of the domain), in the inventory's own terms:
 * every number, or some numbers, sites and voice groups. The directory builds a user's scope (a
 * portal administrator: every number; a general user: the numbers assigned directly, plus every
 * number of the sites and voice groups their user groups give). Callers answer an out-of-scope
 * number exactly like an unknown one ({@code NUMBER_NOT_IN_SCOPE}), so a user never learns that
 * it exists.
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
