package dev.tenso.core.directory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.IpNumber;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The manual's ユーザー追加 form as typed in a channel or an import row: raw strings, checked all
 * at once by {@link #validate}, one violation per wrong field. Field names are the components'.
 */
public record UserForm(
    String name,
    String email,
    String phone,
    String mobile,
    String language,
    String secondFactor,
    String role,
    String title,
    String timezone,
    List<String> groups,
    List<String> numbers,
    String comment,
    boolean lineNotification) {
  public static final int MAX_NAME = 64;
  private static final Pattern PHONE = Pattern.compile("[0-9]+(?:-[0-9]+)*");
  private static final int MAX_PHONE = 32;

  public UserForm {
    groups = groups == null ? List.of() : List.copyOf(groups);
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
  }

  /**
   * @param knownGroups the names of the user groups that exist
   * @return the checked values, or every wrong field
   */
  public Outcome<UserDraft> validate(Set<String> knownGroups) {
    List<Violation> out = new ArrayList<>();
    String n = trim(name);
    if (n.isEmpty()) {
      out.add(Violation.of("name", ErrorCode.NAME_REQUIRED));
    } else if (n.codePointCount(0, n.length()) > MAX_NAME) {
      out.add(Violation.of("name", ErrorCode.NAME_TOO_LONG, "max", MAX_NAME));
    }
    Email e = parse(out, "email", () -> Email.of(email));
    if (!phoneOk(phone)) {
      out.add(Violation.of("phone", ErrorCode.PHONE_INVALID));
    }
    if (!trim(mobile).isEmpty() && !phoneOk(mobile)) {
      out.add(Violation.of("mobile", ErrorCode.MOBILE_INVALID));
    }
    Language l = parse(out, "language", () -> Language.of(language));
    SecondFactor f = choice(out, "secondFactor", secondFactor, SecondFactor.class, null,
        ErrorCode.SECOND_FACTOR_INVALID);
    Role r = choice(out, "role", role, Role.class, Role.GENERAL, ErrorCode.ROLE_INVALID);
    ZoneId z = zone(timezone);
    if (z == null) {
      out.add(Violation.of("timezone", ErrorCode.TIMEZONE_INVALID));
    }
    Set<String> g = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String group : groups) {
      String t = trim(group);
      if (!t.isEmpty()) {
        (knownGroups.contains(t) ? g : unknown).add(t);
      }
    }
    if (!unknown.isEmpty()) {
      out.add(Violation.of("groups", ErrorCode.USER_GROUP_UNKNOWN,
          "groups", String.join(", ", unknown)));
    }
    Set<IpNumber> nums = new LinkedHashSet<>();
    try {
      numbers.stream().filter(s -> !trim(s).isEmpty()).map(IpNumber::of).forEach(nums::add);
    } catch (InvalidValueException ex) {
      out.add(Violation.of("numbers", ErrorCode.NUMBER_INVALID));
    }
    if (!out.isEmpty()) {
      return Outcome.rejected(out);
    }
    return Outcome.ok(new UserDraft(n, e, trim(phone), trim(mobile), l, f, r, trim(title), z,
        g, nums, trim(comment), lineNotification));
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  private static boolean phoneOk(String s) {
    String t = trim(s);
    return t.length() <= MAX_PHONE && PHONE.matcher(t).matches();
  }

  private static ZoneId zone(String s) {
    String t = trim(s);
    return ZoneId.getAvailableZoneIds().contains(t) ? ZoneId.of(t) : null;
  }

  private static <T> T parse(List<Violation> out, String field, java.util.function.Supplier<T> p) {
    try {
      return p.get();
    } catch (InvalidValueException ex) {
      out.add(Violation.of(field, ex.code()));
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(List<Violation> out, String field, String text,
      Class<E> type, E blank, ErrorCode code) {
    String t = trim(text).toUpperCase(Locale.ROOT);
    if (t.isEmpty() && blank != null) {
      return blank;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return e;
      }
    }
    out.add(Violation.of(field, code));
    return null;
  }
}
