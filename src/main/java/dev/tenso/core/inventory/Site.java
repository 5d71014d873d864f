package dev.tenso.core.inventory;

import java.util.Objects;

/** A site (拠点) of a voice group; numbers of a site that is not opened (未開通) cannot be changed. */
public record Site(SiteId id, String name, VoiceGroupId voiceGroup, boolean opened) {
  public Site {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(voiceGroup, "voiceGroup");
    name = name == null ? "" : name.strip();
  }
}
