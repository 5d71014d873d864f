package dev.tenso.core.directory;

/**
 * The fields the user list (ユーザー一覧) is searched by, each by the start of a term made from it:
 * the term a user is listed under, folded as a keyword is ({@link UserSearch}), so that an index
 * sorted by terms answers a keyword with one range, whatever the size of the directory.
 */
public enum SearchField {
  /** The lower-cased login email; the list without a keyword is in this order. */
  EMAIL,
  /** The name folded (NFKC, lower case) without spaces: {@code Com　太郎} is {@code com太郎}. */
  NAME,
  /** The phone's digits (the list's column; not the mobile's). */
  PHONE;

  /** The term {@code u} is listed under in this field's index. */
  public String term(User u) {
    return switch (this) {
      case EMAIL -> u.email().key();
      case NAME -> UserSearch.compact(u.name());
      case PHONE -> UserSearch.digits(u.phone());
    };
  }
}
