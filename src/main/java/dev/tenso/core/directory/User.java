package dev.tenso.core.directory;

import dev.tenso.core.common.UserId;
import dev.tenso.core.inventory.IpNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user of the directory, with every field of the manual's ユーザー追加 form (§2 of the domain).
 * Build one through {@link UserForm} (which validates every field at once) or the store.
 *
 * @param phone digits and hyphens, as entered (also the caller id the phone channel recognises)
 * @param mobile digits and hyphens, or empty
 * @param groups names of user groups (ユーザーグループ)
 * @param numbers IP numbers assigned to this user directly
 * @param lineNotification receives モバイル回線通知メール (forwarding change notices)
 * @param slackId the Slack user id this user was linked to (the Slack channel's first factor), or
 *     empty; a Slack id belongs to one user at most
 */
public record User(
    UserId id,
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
    boolean lineNotification,
    UserStatus status,
    Instant createdAt,
    String slackId) {


  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(secondFactor, "secondFactor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    mobile = mobile == null ? "" : mobile;
    title = title == null ? "" : title;
    comment = comment == null ? "" : comment;
    slackId = slackId == null ? "" : slackId;
    groups = Set.copyOf(new TreeSet<>(groups));
    numbers = Set.copyOf(numbers);
  }

  public boolean isAdmin() {
    return role == Role.PORTAL_ADMIN;
  }

  /** The digits of the phone and the mobile: the numbers a call from this user comes from. */
  public Set<String> phoneDigits() {
    Set<String> out = new TreeSet<>();
    for (String p : new String[] {phone, mobile}) {
      if (!p.isEmpty()) {
        out.add(p.replace("-", ""));
      }
    }
    return out;
  }

  public User withStatus(UserStatus s) {
    return new User(id, name, email, phone, mobile, language, secondFactor, role, title, timezone,
        groups, numbers, comment, lineNotification, s, createdAt, slackId);
  }

  public User withRole(Role r) {
    return new User(id, name, email, phone, mobile, language, secondFactor, r, title, timezone,
        groups, numbers, comment, lineNotification, status, createdAt, slackId);
  }

  /** This user linked to a Slack user id ({@code ""}: unlinked). */
  public User withSlackId(String id) {
    return new User(this.id, name, email, phone, mobile, language, secondFactor, role, title,
        timezone, groups, numbers, comment, lineNotification, status, createdAt, id);
  }
}
