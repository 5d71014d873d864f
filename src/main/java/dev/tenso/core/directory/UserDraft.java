package dev.tenso.core.directory;

import dev.tenso.core.common.UserId;
import dev.tenso.core.inventory.IpNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** The checked fields of a {@link UserForm}: a user but for its id, status and creation time. */
public record UserDraft(
    String name,
    Email email,
    String phone,
    String mobile,
    Language language,
    SecondFactor secondFactor,
    Role role,
    String title,
    ZoneId timezone,
    Set<String> groups,
    Set<IpNumber> numbers,
    String comment,
    boolean lineNotification) {

  public UserDraft {
    groups = Set.copyOf(groups);
    numbers = Set.copyOf(numbers);
  }

  public User toUser(UserId id, UserStatus status, Instant createdAt) {
    return new User(id, name, email, phone, mobile, language, secondFactor, role, title,
        timezone, groups, numbers, comment, lineNotification, status, createdAt, "");
  }
}
