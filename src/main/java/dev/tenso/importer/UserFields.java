package dev.tenso.importer;

import java.util.List;

/**
 * A user row as written in the file (trimmed texts, absent optional fields empty), handed to
 * {@link UserCheck}. Field names match the file's keys and the core's user form.
 */
public record UserFields(
    String name,
    String email,
    String phone,
    String mobile,
    String language,
    String secondFactor,
    String role,
    String title,
    String timezone,
    List<String> groups,
    String comment,
    boolean lineNotification) {
  public UserFields {
    groups = List.copyOf(groups);
  }
}
