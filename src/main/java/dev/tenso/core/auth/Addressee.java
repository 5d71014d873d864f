package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import java.time.ZoneId;

/**
 * The person a channel identity was identified as: who, in which language to speak to them
 * (メール言語) and in which time zone to show every time.
 */
public record Addressee(UserId user, Language language, ZoneId zone) {
  static Addressee of(User u) {
    return new Addressee(u.id(), u.language(), u.timezone());
  }
}
