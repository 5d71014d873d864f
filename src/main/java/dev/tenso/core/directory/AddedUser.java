package dev.tenso.core.directory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user an administrator added (PENDING), and the expiry of the registration code mailed to
 * them; empty when the mail could not be sent (the user exists: resend the registration later).
 */
public record AddedUser(User user, Optional<Instant> registrationExpiresAt) {
  public AddedUser {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(registrationExpiresAt, "registrationExpiresAt");
  }
}
