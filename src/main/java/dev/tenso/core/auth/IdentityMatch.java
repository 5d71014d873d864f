package dev.tenso.core.auth;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identity confirmation: email (case-insensitive), name (trimmed, NFKC width-normalised,
 * whitespace collapsed) and phone (digits only) must all match; one violation per field that
 * does not.
 */
public final class IdentityMatch {
  private IdentityMatch() {}

  public static List<Violation> mismatches(User user, IdentityClaim claim) {
    var out = new ArrayList<Violation>();
    if (!user.email().key().equals(lower(claim.email()))) {
      out.add(Violation.of("email", ErrorCode.IDENTITY_MISMATCH));
    }
    if (!name(user.name()).equals(name(claim.name()))) {
      out.add(Violation.of("name", ErrorCode.IDENTITY_MISMATCH));
    }
    String phone = digits(claim.phone());
    if (phone.isEmpty() || !digits(user.phone()).equals(phone)) {
      out.add(Violation.of("phone", ErrorCode.IDENTITY_MISMATCH));
    }
    return out;
  }

  /** NFKC (full-width letters and spaces become half-width), trimmed, spaces collapsed. */
  public static String name(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
  }

  static String digits(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
  }

  private static String lower(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip()
        .toLowerCase(Locale.ROOT);
  }
}
