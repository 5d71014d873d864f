package dev.tenso.core.directory;

import java.util.List;
import java.util.Optional;

/** Port: user groups by name. */
public interface UserGroups {
  Optional<UserGroup> byName(String name);

  List<UserGroup> all();

  void save(UserGroup group);
}
