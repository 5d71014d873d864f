package dev.tenso.importer;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.inventory.IpNumber;
import java.time.ZoneId;
import java.util.Set;

/**
 * A valid user row: the user's fields (without id, status and creation time, which the store
 * keeps) and the import flags. {@link #toString()} never prints the TOTP secret.
 */
record UserRow(
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
    boolean registered,
    String totpSecret,
    boolean invite) {

  @Override
  public String toString() {
    return "UserRow[" + email + ", registered=" + registered + ", invite=" + invite + "]";
  }
}
