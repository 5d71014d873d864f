package dev.tenso.core.auth;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identity confirmation (本人確認): the fields asked must all match what is registered: email
 * (case-insensitive), name (trimmed, NFKC width-normalised, whitespace collapsed) and phone
 * (digits only); one violation per field that does not. A keypad can only key a phone number, so
 * the phone channel asks the phone alone.
 */
final class IdentityMatch {
  static final String EMAIL = "email";
  static final String NAME = "name";
  static final String PHONE = "phone";

  private IdentityMatch() {}

  /** The fields a channel asks. */
  static List<String> fields(Channel channel) {
    return channel == Channel.PHONE ? List.of(PHONE) : List.of(EMAIL, NAME, PHONE);
  }

  static List<Violation> mismatches(User user, SignInInput.Identity claim, List<String> fields) {
    var out = new ArrayList<Violation>();
    if (fields.contains(EMAIL) && !user.email().key().equals(lower(claim.email()))) {
      out.add(Violation.of(EMAIL, ErrorCode.IDENTITY_MISMATCH));
    }
    if (fields.contains(NAME) && !name(user.name()).equals(name(claim.name()))) {
      out.add(Violation.of(NAME, ErrorCode.IDENTITY_MISMATCH));
    }
    String phone = digits(claim.phone());
    if (fields.contains(PHONE) && (phone.isEmpty() || !digits(user.phone()).equals(phone))) {
      out.add(Violation.of(PHONE, ErrorCode.IDENTITY_MISMATCH));
    }
    return out;
  }

  /** NFKC (full-width letters and spaces become half-width), trimmed, spaces collapsed. */
  static String name(String s) {
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
