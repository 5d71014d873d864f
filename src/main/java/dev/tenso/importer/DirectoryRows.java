package dev.tenso.importer;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads userGroup and user rows, one at a time as the file is streamed; checks duplicates and
 * references to the inventory rows.
 */
final class DirectoryRows {
  final Map<String, UserGroup> userGroups = new LinkedHashMap<>();
  final Map<String, UserRow> users = new LinkedHashMap<>();
  private final Errors errors;
  private final InventoryRows inventory;
  private final UserRows userRows;

  DirectoryRows(Errors errors, InventoryRows inventory) {
    this.errors = errors;
    this.inventory = inventory;
    this.userRows = new UserRows(errors, inventory, userGroups);
  }

  void userGroup(Node item, String path) {
    Fields.of(item, path, Set.of("name", "sites", "voiceGroups"), errors).ifPresent(f -> {
      var name = f.required("name").map(String::strip).filter(n -> !n.isEmpty());
      if (f.has("name") && name.isEmpty()) {
        errors.add(f.line("name"), f.path("name"), ErrorCode.NAME_REQUIRED);
      }
      Set<SiteId> sites = refs(f, "sites", SiteId::of, inventory.sites, ImportReason.UNKNOWN_SITE);
      Set<VoiceGroupId> vgs = refs(f, "voiceGroups", VoiceGroupId::of,
          inventory.voiceGroups, ImportReason.UNKNOWN_VOICE_GROUP);
      if (name.isPresent() && userGroups.containsKey(name.get())) {
        errors.add(f.line("name"), f.path("name"), ImportReason.DUPLICATE);
      } else {
        name.ifPresent(n -> userGroups.put(n, new UserGroup(n, sites, vgs)));
      }
    });
  }

  void user(Node item, String path) {
    Fields.of(item, path, UserRows.KEYS, errors).ifPresent(f ->
        userRows.read(f).ifPresent(u -> {
          if (users.containsKey(u.email().key())) {
            errors.add(f.line("email"), f.path("email"), ImportReason.DUPLICATE);
          } else {
            users.put(u.email().key(), u);
          }
        }));
  }

  private <T> Set<T> refs(Fields f, String key, Function<String, T> parse, Map<T, ?> known,
      ImportReason unknown) {
    Set<T> out = new LinkedHashSet<>();
    for (Fields.Item item : f.list(key)) {
      if (item.text() == null) {
        errors.add(item.line(), item.path(), ImportReason.REQUIRED);
        continue;
      }
      errors.value(item.line(), item.path(), () -> parse.apply(item.text())).ifPresent(id -> {
        if (known.containsKey(id)) {
          out.add(id);
        } else {
          errors.add(item.line(), item.path(), unknown);
        }
      });
    }
    return out;
  }
}
