package dev.tenso.core.directory;

import dev.tenso.core.common.Page;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The user list's keyword (ユーザー一覧, 絞り込みキーワード) as the start of one field's term
 * ({@link SearchField}), so that every page is one range of one sorted index and costs the same
 * whatever the size of the directory. The keyword is folded (NFKC, lower case: full-width and
 * upper-case letters match) and read by its shape:
 *
 * <ul>
 *   <li>blank: every user, by email;
 *   <li>with an {@code @}: the emails that start with it ({@code taro@}, {@code taro@example});
 *   <li>only digits, hyphens and spaces: the phones whose digits start with its digits
 *       ({@code 03-1234});
 *   <li>anything else: the names that start with it, spaces ignored ({@code 田中}, {@code com 太});
 *       when no name does, the emails that start with it ({@code taro}).
 * </ul>
 *
 * Hits are sorted by the field matched, then by email; 10 per page with the total.
 */
public final class UserSearch {
  public static final int PAGE_SIZE = 10;
  private static final Pattern PHONE = Pattern.compile("[0-9 -]*[0-9][0-9 -]*");
  private static final Pattern SPACE = Pattern.compile("[\\p{javaWhitespace}\\p{Cc}]");

  private UserSearch() {}

  /** One field and the start of its term. */
  public record Query(SearchField field, String prefix) {}

  /** The page of the users {@code keyword} names; {@code page} is 1 or more. */
  public static Page<User> search(Users users, String keyword, int page) {
    List<Query> tries = queries(keyword);
    Page<User> hits = null;
    for (Query q : tries) {
      hits = users.page(q.field(), q.prefix(), page, PAGE_SIZE);
      if (hits.total() > 0) {
        break;
      }
    }
    return hits;
  }

  /** The queries a keyword stands for, in order: the first with hits answers. */
  public static List<Query> queries(String keyword) {
    String k = fold(keyword == null ? "" : keyword).strip();
    if (k.isEmpty()) {
      return List.of(new Query(SearchField.EMAIL, ""));
    }
    if (k.contains("@")) {
      return List.of(new Query(SearchField.EMAIL, compact(k)));
    }
    if (PHONE.matcher(k).matches()) {
      return List.of(new Query(SearchField.PHONE, digits(k)));
    }
    return List.of(new Query(SearchField.NAME, compact(k)),
        new Query(SearchField.EMAIL, compact(k)));
  }

  /** Folded, without spaces or control characters. */
  static String compact(String s) {
    return SPACE.matcher(fold(s)).replaceAll("");
  }

  /** The digits alone (full-width ones too). */
  static String digits(String s) {
    return fold(s).replaceAll("[^0-9]", "");
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
