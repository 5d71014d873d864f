package dev.tenso.testsupport;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.IpNumber;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test data builder of a {@link User}: every field has a plain default (an ACTIVE general TOTP
 * user {@code Com 太郎} in Tokyo, speaking Japanese, with a fresh random id and an email made from
 * it), and a test names only what it is about: {@code aUser().role(PORTAL_ADMIN).build()}.
 */
public final class UserBuilder {
  private static final SecureRandom RANDOM = new SecureRandom();

  private UserId id;
  private String name = "Com 太郎";
  private String email;
  private String phone = "03-1234-5678";
  private String mobile = "";
  private Language language = Language.JA;
  private SecondFactor secondFactor = SecondFactor.TOTP;
  private Role role = Role.GENERAL;
  private String title = "";
  private ZoneId timezone = ZoneId.of("Asia/Tokyo");
  private Set<String> groups = Set.of();
  private Set<IpNumber> numbers = Set.of();
  private String comment = "";
  private boolean lineNotification = true;
  private UserStatus status = UserStatus.ACTIVE;
  private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");
  private String slackId = "";

  private UserBuilder(UserId id) {
    this.id = id;
  }

  /** A user with a fresh random id (so tests on the shared Redis never meet). */
  public static UserBuilder aUser() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return new UserBuilder(new UserId(Base64.getUrlEncoder().withoutPadding().encodeToString(b)));
  }

  /** Every field of {@code u}, to change some. */
  public static UserBuilder from(User u) {
    return new UserBuilder(u.id()).name(u.name()).email(u.email().value()).phone(u.phone())
        .mobile(u.mobile()).language(u.language()).secondFactor(u.secondFactor()).role(u.role())
        .title(u.title()).timezone(u.timezone()).groups(u.groups()).numberSet(u.numbers())
        .comment(u.comment()).lineNotification(u.lineNotification()).status(u.status())
        .createdAt(u.createdAt());
  }

  public UserBuilder id(String value) {
    return id(new UserId(value));
  }

  public UserBuilder id(UserId value) {
    id = value;
    return this;
  }

  public UserBuilder name(String value) {
    name = value;
    return this;
  }

  /** Unset: {@code <id>@example.com}. */
  public UserBuilder email(String value) {
    email = value;
    return this;
  }

  public UserBuilder phone(String value) {
    phone = value;
    return this;
  }

  public UserBuilder mobile(String value) {
    mobile = value;
    return this;
  }

  public UserBuilder language(Language value) {
    language = value;
    return this;
  }

  public UserBuilder secondFactor(SecondFactor value) {
    secondFactor = value;
    return this;
  }

  public UserBuilder role(Role value) {
    role = value;
    return this;
  }

  public UserBuilder title(String value) {
    title = value;
    return this;
  }

  public UserBuilder timezone(String value) {
    return timezone(ZoneId.of(value));
  }

  public UserBuilder timezone(ZoneId value) {
    timezone = value;
    return this;
  }

  public UserBuilder groups(String... value) {
    return groups(Set.of(value));
  }

  public UserBuilder groups(Set<String> value) {
    groups = Set.copyOf(value);
    return this;
  }

  /** IP numbers as text ({@code 050-1111-0001}). */
  public UserBuilder numbers(String... value) {
    return numberSet(Arrays.stream(value).map(IpNumber::of).collect(Collectors.toSet()));
  }

  public UserBuilder numberSet(Set<IpNumber> value) {
    numbers = Set.copyOf(value);
    return this;
  }

  public UserBuilder comment(String value) {
    comment = value;
    return this;
  }

  public UserBuilder lineNotification(boolean value) {
    lineNotification = value;
    return this;
  }

  public UserBuilder status(UserStatus value) {
    status = value;
    return this;
  }

  public UserBuilder createdAt(Instant value) {
    createdAt = value;
    return this;
  }

  public UserBuilder slackId(String value) {
    slackId = value;
    return this;
  }

  public User build() {
    return new User(id, name, Email.of(email == null ? id.value() + "@example.com" : email), phone,
        mobile, language, secondFactor, role, title, timezone, groups, numbers, comment,
        lineNotification, status, createdAt, slackId);
  }
}
