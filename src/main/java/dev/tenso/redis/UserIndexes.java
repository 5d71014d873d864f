package dev.tenso.redis;

import dev.tenso.core.directory.SearchField;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.IpNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The index keys that name a user, written by the same script as the user record (create,
 * update, import), so no request path reads the whole directory: unique strings pointing at the
 * id (the email's, the Slack id's), sets holding it ({@code tenso:users}, each of its numbers'
 * users, each of its phone digits' callers while it is not DISABLED) and its entry in each of the
 * user list's sorted indexes ({@link #listed}).
 */
final class UserIndexes {
  /** Separates a list entry's parts; no term, email or id holds it. */
  private static final String SEP = "\0";
  /** The stored fields the {@link #listed} entries are made from ({@link SearchField#term}). */
  static final List<String> LISTED_FROM = List.of("emailKey", "name", "phone");

  private UserIndexes() {}

  /** An entry of the user list: {@code member} of the sorted set {@code key} (score 0). */
  record Listed(String key, String member) {}

  /** The strings that must point at this user and at no other. */
  static List<String> uniques(User u) {
    List<String> keys = new ArrayList<>(List.of(Keys.userEmail(u.email().key())));
    if (!u.slackId().isEmpty()) {
      keys.add(Keys.userSlack(u.slackId()));
    }
    return keys;
  }

  /** The sets this user's id is in. */
  static Set<String> sets(User u) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(Keys.USERS);
    for (IpNumber n : u.numbers()) {
      keys.add(Keys.numberUsers(n.digits()));
    }
    if (u.status() != UserStatus.DISABLED) {
      u.phoneDigits().forEach(d -> keys.add(Keys.userPhone(d)));
    }
    return keys;
  }

  /**
   * The user's entries in the user list's indexes, one per {@link SearchField}: the term, then
   * (but for the email's own index) the email key, then the id, so that a range of one term's
   * start is sorted by term and then by email, and the id is read from the member itself.
   */
  static List<Listed> listed(User u) {
    List<Listed> out = new ArrayList<>();
    String email = u.email().key();
    for (SearchField f : SearchField.values()) {
      String sortedBy = f == SearchField.EMAIL ? email : f.term(u) + SEP + email;
      out.add(new Listed(Keys.userList(f), sortedBy + SEP + u.id().value()));
    }
    return out;
  }

  /** The user id at the end of a list entry. */
  static String idOf(String member) {
    return member.substring(member.lastIndexOf(SEP) + 1);
  }

  /** The strings of {@code was} that {@code next} no longer has. */
  static List<String> dropped(User was, User next) {
    List<String> keys = new ArrayList<>(uniques(was));
    keys.removeAll(uniques(next));
    return keys;
  }

  /** The sets {@code was} is in and {@code next} is not. */
  static List<String> left(User was, User next) {
    List<String> keys = new ArrayList<>(sets(was));
    keys.removeAll(sets(next));
    return keys;
  }

  /** The list entries of {@code was} that {@code next} does not have. */
  static List<Listed> unlisted(User was, User next) {
    List<Listed> entries = new ArrayList<>(listed(was));
    entries.removeAll(listed(next));
    return entries;
  }
}
