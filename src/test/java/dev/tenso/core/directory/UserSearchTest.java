package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import dev.tenso.testsupport.UserBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserSearchTest {
  static final List<User> USERS = users();

  static List<User> users() {
    List<User> out = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      out.add(Fixtures.user(String.format("u%02d", i), Role.GENERAL, UserStatus.ACTIVE, Set.of(),
          Set.of()));
    }
    out.add(UserBuilder.aUser().id("taro").role(Role.PORTAL_ADMIN).email("Taro.Com@Example.com")
        .phone("090-9876-5432").lineNotification(false).build());
    return out;
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
    "太郎|taro", "ＣＯＭ　太|taro", "COM 太郎|taro", "taro.com@example|taro", "ＴＡＲＯ|taro",
    "090-9876|taro", "09098765432|taro", "９８７６５|taro", "u12|u12", "Name u07|u07",
    "nobody|",
  })
  void aKeywordMatchesNameEmailOrPhoneIgnoringCaseAndWidth(String keyword, String expected) {
    var page = UserSearch.search(USERS, keyword, 1);
    assertThat(page.items()).extracting(u -> u.id().value())
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
  }

  @Test
  void noKeywordListsEveryoneTenPerPageWithTheTotal() {
    var first = UserSearch.search(USERS, "  ", 1);
    assertThat(first.items()).hasSize(10);
    assertThat(first.total()).isEqualTo(13);
    var second = UserSearch.search(USERS, null, 2);
    assertThat(second.items()).extracting(u -> u.id().value()).containsExactly("u11", "u12",
        "taro");
    assertThat(second.hasNext()).isFalse();
    assertThat(UserSearch.search(USERS, "03-1234", 1).total()).isEqualTo(12);
  }
}
