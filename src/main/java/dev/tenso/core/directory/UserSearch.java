package dev.tenso.core.directory;

import dev.tenso.core.common.Page;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The user list's keyword filter (ユーザー一覧) as a pure function: a keyword matches any part of
 * the name, email or phone, ignoring case and full/half width (NFKC); for the phone, hyphens are
 * ignored too. A blank keyword keeps everyone.
 */
public final class UserSearch {
  public static final int PAGE_SIZE = 10;

  private UserSearch() {}

  public static Page<User> search(List<User> all, String keyword, int page) {
    String k = fold(keyword == null ? "" : keyword.strip());
    List<User> hits = all.stream().filter(u -> k.isEmpty() || matches(u, k)).toList();
    return Page.of(hits, page, PAGE_SIZE);
  }

  static boolean matches(User u, String folded) {
    return fold(u.name()).contains(folded)
        || fold(u.email().value()).contains(folded)
        || fold(u.phone()).contains(folded)
        || (!folded.replace("-", "").isEmpty()
            && u.phone().replace("-", "").contains(folded.replace("-", "")));
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
