package dev.tenso.mail;

import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.testsupport.UserBuilder;
import java.time.Instant;

/** Users built directly from the record, for mail tests. */
final class TestUsers {
  private TestUsers() {}

  static User user(String id, String name, Language language, String zone) {
    return UserBuilder.aUser().id(id).name(name).mobile("090-1234-5678").language(language)
        .secondFactor(SecondFactor.MAIL_OTP).timezone(zone)
        .createdAt(Instant.parse("2026-11-01T00:00:00Z")).build();
  }
}
