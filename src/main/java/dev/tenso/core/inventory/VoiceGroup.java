package dev.tenso.core.inventory;

import java.util.Objects;

/** A voice group (音声グループ): the unit an administrator manages. */
public record VoiceGroup(VoiceGroupId id, String name) {
  public VoiceGroup {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name.strip();
  }
}
