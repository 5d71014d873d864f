package dev.tenso.core.directory;

import java.time.Instant;
import java.util.Objects;

/** A registration mail sent again: to whom, and until when its new code works. */
public record RegistrationSent(User user, Instant expiresAt) {
  public RegistrationSent {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
