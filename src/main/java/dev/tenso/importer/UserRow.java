package dev.tenso.importer;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.UserDraft;

/**
 * A valid user row: the user's fields as the directory's rules ({@code UserForm}) checked them,
 * and the import flags. {@link #toString()} never prints the TOTP secret.
 */
record UserRow(UserDraft user, boolean registered, String totpSecret, boolean invite) {

  Email email() {
    return user.email();
  }

  @Override
  public String toString() {
    return "UserRow[" + user.email() + ", registered=" + registered + ", invite=" + invite + "]";
  }
}
