package dev.tenso.redis;

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
 * id (the email's, the Slack id's) and sets holding it ({@code tenso:users}, each of its numbers'
 * users, each of its phone digits' callers while it is not DISABLED).
 */
final class UserIndexes {
  private UserIndexes() {}

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
}
