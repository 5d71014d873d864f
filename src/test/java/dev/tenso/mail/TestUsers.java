package dev.tenso.mail;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.UserStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** Users built directly from the record, for mail tests. */
final class TestUsers {
  private TestUsers() {}

  static User user(String id, String name, Language language, String zone) {
    return new User(new UserId(id), name, Email.of(id + "@example.com"), "03-1234-5678",
        "090-1234-5678", language, SecondFactor.MAIL_OTP, Role.GENERAL, "", ZoneId.of(zone),
        Set.of(), Set.of(), "", true, UserStatus.ACTIVE, Instant.parse("2026-11-01T00:00:00Z"));
  }
}
