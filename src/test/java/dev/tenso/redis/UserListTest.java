package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Page;
import dev.tenso.core.directory.SearchField;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserSearch;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.importer.ChangeSet;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.UserBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user list's sorted indexes on a real Redis: a page is one range of one index, with the
 * right total however deep the page, and every write keeps the indexes (create, update, an email
 * change, disabling, the import, the build over a directory stored before them), leaving no entry
 * behind; on a single server and on a cluster.
 */
class UserListTest extends EmptiedOnEachTopology {
  private final RedisUsers users = new RedisUsers(redis, AuditFeeds.of(redis));

  private User stored(String name, String email, String phone) {
    User u = UserBuilder.aUser().name(name).email(email).phone(phone).build();
    assertThat(users.create(u, null)).isTrue();
    return u;
  }

  private List<String> emails(String keyword, int page) {
    return UserSearch.search(users, keyword, page).items().stream()
        .map(u -> u.email().value()).toList();
  }

  private int total(String keyword) {
    return UserSearch.search(users, keyword, 1).total();
  }

  /** Every index holds one entry per user, and no other. */
  private void eachIndexHoldsEveryUserOnce() {
    long n = redis.opsForSet().size(Keys.USERS);
    for (SearchField f : SearchField.values()) {
      assertThat(redis.opsForZSet().zCard(Keys.userList(f))).as(f.name()).isEqualTo(n);
    }
  }

  @Test
  void pagesOfTenCountTheTotalAndADeepPageOfARangeStartsAtItsOwnFirstUser() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      all.add(stored(String.format("社員 %02d", i), String.format("e%02d@example.com", i),
          String.format("03-0000-%04d", i)).email().value());
    }
    stored("別人", "a@example.com", "06-0000-0000");

    Page<User> first = UserSearch.search(users, "", 1);
    assertThat(first.total()).isEqualTo(24);
    assertThat(first.items()).extracting(u -> u.email().value())
        .containsExactlyElementsOf(concat("a@example.com", all.subList(0, 9)));
    assertThat(UserSearch.search(users, "", 3).items()).hasSize(4);
    assertThat(UserSearch.search(users, "", 4).items()).isEmpty();
    assertThat(UserSearch.search(users, "", 4).total()).isEqualTo(24);

    // A range that does not start the index: its second page is its own 11th to 20th user.
    assertThat(emails("社員", 2)).containsExactlyElementsOf(all.subList(10, 20));
    assertThat(emails("社員 1", 1)).containsExactlyElementsOf(all.subList(10, 20));
    assertThat(total("社員 1")).isEqualTo(10);
    assertThat(emails("03-0000-002", 1)).containsExactlyElementsOf(all.subList(20, 23));
    assertThat(emails("e2", 1)).containsExactlyElementsOf(all.subList(20, 23)); // no name: emails
    assertThat(emails("E22@", 1)).containsExactly("e22@example.com");
    assertThat(UserSearch.search(users, "社員", 3).items()).hasSize(3);
    assertThat(UserSearch.search(users, "社員", 99_999_999).items()).isEmpty();
    assertThat(total("nobody")).isZero();
  }

  private static List<String> concat(String head, List<String> tail) {
    List<String> out = new ArrayList<>(List.of(head));
    out.addAll(tail);
    return out;
  }

  @Test
  void aKeywordMatchesFromTheStartIgnoringCaseWidthAndSpacesAndTiesGoByEmail() {
    stored("Com 太郎", "taro@example.com", "090-9876-5432");
    stored("Com太郎", "b.taro@example.com", "03-1234-5678");
    stored("Emily Brown", "emily@example.com", "03-1234-9999");

    assertThat(emails("ｃｏｍ　太郎", 1)).containsExactly("b.taro@example.com", "taro@example.com");
    assertThat(emails("COM", 1)).hasSize(2);
    assertThat(emails("太郎", 1)).isEmpty(); // the start of the name, not any part of it
    assertThat(emails("emily b", 1)).containsExactly("emily@example.com");
    assertThat(emails("taro", 1)).containsExactly("taro@example.com");
    assertThat(emails("０９０－９８７６", 1)).containsExactly("taro@example.com");
    assertThat(emails("03 1234", 1)).containsExactly("b.taro@example.com", "emily@example.com");
    assertThat(emails("9876", 1)).isEmpty();
  }

  @Test
  void anUpdateAnEmailChangeAndDisablingMoveTheEntriesAndAFailedWriteMovesNothing() {
    User u = stored("山田 花子", "hanako@example.com", "03-1111-2222");
    User renamed = UserBuilder.from(u).name("佐藤 花子").phone("06-3333-4444").build();
    assertThat(users.update(u, renamed, null)).isTrue();
    assertThat(emails("山田", 1)).isEmpty();
    assertThat(emails("佐藤", 1)).containsExactly("hanako@example.com");
    assertThat(emails("03-1111", 1)).isEmpty();
    assertThat(emails("06-3333", 1)).containsExactly("hanako@example.com");

    User moved = UserBuilder.from(renamed).email("Sato.Hanako@example.com").build();
    assertThat(users.update(renamed, moved, null)).isTrue();
    assertThat(emails("hanako@", 1)).isEmpty();
    assertThat(emails("sato.hanako@", 1)).containsExactly("Sato.Hanako@example.com");
    assertThat(emails("佐藤", 1)).containsExactly("Sato.Hanako@example.com");

    assertThat(users.update(u, UserBuilder.from(u).name("古い 名前").build(), null)).isFalse();
    assertThat(emails("古い", 1)).isEmpty();

    User disabled = moved.withStatus(UserStatus.DISABLED);
    assertThat(users.update(moved, disabled, null)).isTrue();
    assertThat(UserSearch.search(users, "佐藤", 1).items()).containsExactly(disabled);
    eachIndexHoldsEveryUserOnce();
  }

  @Test
  void theImportListsNewUsersAndMovesTheEntriesOfThoseItChanges() {
    RedisImportWriter writer = new RedisImportWriter(redis, AuditFeeds.of(redis));
    User added = UserBuilder.aUser().name("新人 一郎").email("ichiro@example.com")
        .phone("03-5555-0001").build();
    assertThat(Fixtures.write(writer, importing(null, added)).isEmpty()).isTrue();
    assertThat(UserSearch.search(users, "新人", 1).items()).containsExactly(added);

    User renamed = UserBuilder.from(added).name("中堅 一郎").phone("03-5555-0002").build();
    assertThat(Fixtures.write(writer, importing(added, renamed)).isEmpty()).isTrue();
    assertThat(emails("新人", 1)).isEmpty();
    assertThat(emails("03-5555-0001", 1)).isEmpty();
    assertThat(UserSearch.search(users, "中堅", 1).items()).containsExactly(renamed);
    assertThat(emails("03-5555-0002", 1)).containsExactly("ichiro@example.com");
    eachIndexHoldsEveryUserOnce();
  }

  private static ChangeSet importing(User previous, User next) {
    return new ChangeSet(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new ChangeSet.UserChange(next, previous, null)), List.of());
  }

  @Test
  void aDirectoryStoredBeforeTheListGetsItOnceAndAUserChangedMeanwhileIsNotListedAsBefore() {
    User u = stored("Com 太郎", "taro@example.com", "03-1111-2222");
    User other = stored("Com 次郎", "jiro@example.com", "03-1111-3333");
    for (SearchField f : SearchField.values()) {
      redis.delete(Keys.userList(f));
    }
    redis.opsForValue().set(Keys.USER_INDEXES, "1"); // the sets were built, the list was not
    assertThat(total("")).isZero();

    assertThat(users.indexAll()).isEqualTo(2);
    assertThat(UserSearch.search(users, "com", 1).items()).containsExactly(u, other); // 太 < 次
    eachIndexHoldsEveryUserOnce();
    assertThat(users.indexAll()).isZero();

    redis.delete(Keys.userList(SearchField.NAME));
    User renamed = UserBuilder.from(u).name("Renamed").build();
    assertThat(users.update(u, renamed, null)).isTrue(); // after the build read u, before it wrote
    UserIndexBuild.list(redis, List.of(u, other));
    assertThat(emails("com", 1)).containsExactly("jiro@example.com");
    assertThat(emails("renamed", 1)).containsExactly("taro@example.com");
    eachIndexHoldsEveryUserOnce();
  }
}
