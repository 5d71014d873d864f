package dev.tenso.core.directory;

import java.util.List;
import java.util.Optional;

/** Port: user groups by name. */
public interface UserGroups {
  Optional<UserGroup> byName(String name);

  /** Every group: for start-up and batch work only, never a request's (it grows). */
  List<UserGroup> all();

  /**
   * The names of the first {@code max} groups in name order, with how many there are: what a
   * form offers to pick from, read without reading every group.
   */
  Names names(int max);

  /** The first names, and the count of all groups. */
  record Names(List<String> first, int total) {
    public Names {
      first = List.copyOf(first);
    }
  }

  void save(UserGroup group);
}
