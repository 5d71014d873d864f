package dev.tenso.core.directory;

import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.Objects;
import java.util.Set;

/** ユーザーグループ: gives its members the numbers of some sites and voice groups. */
public record UserGroup(String name, Set<SiteId> sites, Set<VoiceGroupId> voiceGroups) {
  public UserGroup {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    sites = Set.copyOf(sites);
    voiceGroups = Set.copyOf(voiceGroups);
  }
}
