package dev.tenso.importer;

import dev.tenso.core.directory.User;
import java.util.Optional;

/**
 * A user as stored by an import, with the row's sign-in flags.
 *
 * @param created true when this import added the user (false: already in the directory)
 * @param registered {@code registered: true}: registration, terms and second factor are done
 * @param invite {@code invite: true}: send the registration mail
 */
public record ImportedUser(
    User user, boolean created, boolean registered, Optional<String> totpSecret, boolean invite) {

  /** Never prints the TOTP secret. */
  @Override
  public String toString() {
    return "ImportedUser[" + user.id() + ", created=" + created + ", registered=" + registered
        + ", totpSecret=" + (totpSecret.isPresent() ? "(set)" : "(none)") + ", invite=" + invite
        + "]";
  }
}
