package dev.tenso.importer;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.UserDraft;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.inventory.IpNumber;
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
  private static final List<String> REQUIRED =
      List.of("email", "name", "phone", "language", "secondFactor", "timezone");
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{16,}=*");
  private final Errors errors;
  private final InventoryRows inventory;
  private final Map<String, UserGroup> groups;

  UserRows(Errors errors, InventoryRows inventory, Map<String, UserGroup> groups) {
    this.errors = errors;
    this.inventory = inventory;
    this.groups = groups;
  }

  Optional<UserRow> read(Fields f) {
    Set<String> missing = new LinkedHashSet<>();
    for (String key : REQUIRED) {
      if (f.required(key).isEmpty()) {
        missing.add(key);
      }
    }
    List<String> knownGroups = new ArrayList<>();
    for (Fields.Item g : f.list("groups")) {
      String n = g.text() == null ? "" : g.text().strip();
      if (groups.containsKey(n)) {
        knownGroups.add(n);
      } else {
        errors.add(g.line(), g.path(), ErrorCode.USER_GROUP_UNKNOWN);
      }
    }
    List<String> knownNumbers = new ArrayList<>();
    for (Fields.Item n : f.list("numbers")) {
      errors.value(n.line(), n.path(), () -> IpNumber.of(n.text())).ifPresent(ip -> {
        if (inventory.numbers.containsKey(ip)) {
          knownNumbers.add(ip.digits());
        } else {
          errors.add(n.line(), n.path(), ImportReason.UNKNOWN_NUMBER);
        }
      });
    }
    boolean lineNotification = f.bool("lineNotification", false, ManualWords.LINE_NOTIFICATION);
    boolean registered = f.bool("registered", false);
    boolean invite = f.bool("invite", false);
    String secondFactor = Enums.name(text(f, "secondFactor"), SecondFactor.class);
    boolean totp = secondFactor.equals(SecondFactor.TOTP.name());
    String secret = secret(f, registered, invite, totp);
    // The directory's own rules (the same UserForm an administrator's dialog uses), once.
    // The manual's words (MailOTP, 一般ユーザー, Japanese) are read as the names the form knows.
    Outcome<UserDraft> draft = new UserForm(text(f, "name"), text(f, "email"), text(f, "phone"),
        text(f, "mobile"), Enums.name(text(f, "language"), Language.class), secondFactor,
        Enums.name(text(f, "role"), Role.class),
        text(f, "title"), text(f, "timezone"), knownGroups, knownNumbers, text(f, "comment"),
        lineNotification).validate(Set.copyOf(knownGroups));
    for (Violation v : draft.violations()) {
      if (!missing.contains(v.field())) {
        errors.add(f.line(v.field()), f.path(v.field()), v);
      }
    }
    return draft.isOk()
        ? Optional.of(new UserRow(draft.orElseThrow(), registered, secret, invite))
        : Optional.empty();
  }

  private static String text(Fields f, String key) {
    return f.text(key).orElse("");
  }

  /** The TOTP secret (spaces removed, upper-cased), checked without ever reporting its value. */
  private String secret(Fields f, boolean registered, boolean invite, boolean totp) {
    if (registered && invite) {
      errors.add(f.line("invite"), f.path("invite"), ImportReason.REGISTERED_AND_INVITE);
    }
    Optional<String> text = f.text("totpSecret");
    if (text.isEmpty()) {
      if (registered && totp) {
        errors.add(f.line("totpSecret"), f.path("totpSecret"), ImportReason.TOTP_SECRET_REQUIRED);
      }
      return null;
    }
    String secret = text.get().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!registered || !totp) {
      errors.add(f.line("totpSecret"), f.path("totpSecret"), ImportReason.TOTP_SECRET_NOT_EXPECTED);
    } else if (!BASE32.matcher(secret).matches()) {
      errors.add(f.line("totpSecret"), f.path("totpSecret"), ImportReason.TOTP_SECRET_INVALID);
    }
    return secret;
  }
}
