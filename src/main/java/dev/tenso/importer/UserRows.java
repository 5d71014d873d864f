package dev.tenso.importer;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.inventory.IpNumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one user row: value objects, references, the sign-in flags, then the user rules. */
final class UserRows {
  static final Set<String> KEYS = Set.of("email", "name", "phone", "mobile", "language",
      "secondFactor", "role", "title", "timezone", "groups", "numbers", "lineNotification",
      "comment", "registered", "totpSecret", "invite");
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{16,}=*");
  private final Errors errors;
  private final UserCheck check;
  private final InventoryRows inventory;
  private final Map<String, UserGroup> groups;

  UserRows(Errors errors, UserCheck check, InventoryRows inventory, Map<String, UserGroup> groups) {
    this.errors = errors;
    this.check = check;
    this.inventory = inventory;
    this.groups = groups;
  }

  Optional<UserRow> read(Fields f) {
    Optional<Email> email = f.required("email")
        .flatMap(t -> errors.value(f.line("email"), f.path("email"), () -> Email.of(t)));
    String name = f.required("name").map(String::strip).orElse("");
    String phone = f.required("phone").map(String::strip).orElse("");
    Optional<Language> language = f.required("language").flatMap(t -> errors.value(
        f.line("language"), f.path("language"), () -> Language.of(t)));
    var factor = Enums.of(f, "secondFactor", SecondFactor.class,
        ErrorCode.SECOND_FACTOR_INVALID.name(), errors);
    var role = f.has("role")
        ? Enums.of(f, "role", Role.class, ErrorCode.ROLE_INVALID.name(), errors)
        : Optional.of(Role.GENERAL);
    Optional<ZoneId> zone = f.required("timezone").flatMap(t -> zone(f, t.strip()));
    List<String> groupNames = new ArrayList<>();
    for (Fields.Item g : f.list("groups")) {
      String n = g.text() == null ? "" : g.text().strip();
      if (!groups.containsKey(n)) {
        errors.add(g.line(), g.path(), ErrorCode.USER_GROUP_UNKNOWN.name());
      }
      groupNames.add(n);
    }
    Set<IpNumber> numbers = new LinkedHashSet<>();
    for (Fields.Item n : f.list("numbers")) {
      errors.value(n.line(), n.path(), () -> IpNumber.of(n.text())).ifPresent(ip -> {
        if (inventory.numbers.containsKey(ip)) {
          numbers.add(ip);
        } else {
          errors.add(n.line(), n.path(), "UNKNOWN_NUMBER");
        }
      });
    }
    boolean lineNotification = f.bool("lineNotification", false);
    boolean registered = f.bool("registered", false);
    boolean invite = f.bool("invite", false);
    String secret = secret(f, registered, invite, factor);
    var fields = new UserFields(name, f.text("email").orElse("").strip(), phone,
        f.text("mobile").orElse("").strip(), f.text("language").orElse(""),
        f.text("secondFactor").orElse(""), f.text("role").orElse(Role.GENERAL.name()),
        f.text("title").orElse(""), f.text("timezone").orElse(""), groupNames,
        f.text("comment").orElse(""), lineNotification);
    List<Violation> violations = check.check(fields);
    for (Violation v : violations) {
      String key = v.field().split("[.\\[]", 2)[0];
      errors.add(f.line(key), f.path() + "." + v.field(), v.code().name());
    }
    if (!violations.isEmpty() || email.isEmpty() || language.isEmpty() || factor.isEmpty()
        || role.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new UserRow(name, email.get(), phone, fields.mobile(), language.get(),
        factor.get(), role.get(), fields.title(), zone.get(), Set.copyOf(groupNames), numbers,
        fields.comment(), lineNotification, registered, secret, invite));
  }

  private Optional<ZoneId> zone(Fields f, String id) {
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      errors.add(f.line("timezone"), f.path("timezone"), ErrorCode.TIMEZONE_INVALID.name());
      return Optional.empty();
    }
  }

  /** The TOTP secret (spaces removed, upper-cased), checked without ever reporting its value. */
  private String secret(Fields f, boolean registered, boolean invite, Optional<SecondFactor> factor) {
    if (registered && invite) {
      errors.add(f.line("invite"), f.path("invite"), "REGISTERED_AND_INVITE");
    }
    boolean totp = factor.orElse(null) == SecondFactor.TOTP;
    Optional<String> text = f.text("totpSecret");
    if (text.isEmpty()) {
      if (registered && totp) {
        errors.add(f.line("totpSecret"), f.path("totpSecret"), "TOTP_SECRET_REQUIRED");
      }
      return null;
    }
    String secret = text.get().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!registered || !totp) {
      errors.add(f.line("totpSecret"), f.path("totpSecret"), "TOTP_SECRET_NOT_EXPECTED");
    } else if (!BASE32.matcher(secret).matches()) {
      errors.add(f.line("totpSecret"), f.path("totpSecret"), "TOTP_SECRET_INVALID");
    }
    return secret;
  }
}
