package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.UserSearch.Query;
import dev.tenso.testsupport.UserBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a keyword of the user list is read: which field's term, and the start looked for. */
class UserSearchTest {
  @ParameterizedTest(name = "[{0}] -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "taro@|EMAIL|taro@", "Taro.Com@Example|EMAIL|taro.com@example", "ｔａｒｏ＠ｅｘ|EMAIL|taro@ex",
    "03-1234|PHONE|031234", "０９０ ９８７６|PHONE|0909876", "5|PHONE|5",
    "ＣＯＭ　太|NAME|com太", "Com 太郎|NAME|com太郎", "田中|NAME|田中", "u12|NAME|u12",
  })
  void aKeywordIsTheStartOfOneFieldsTermByItsShape(String keyword, SearchField field,
      String prefix) {
    assertThat(UserSearch.queries(keyword).get(0)).isEqualTo(new Query(field, prefix));
  }

  @Test
  void aNameKeywordIsTriedAsAnEmailWhenNoNameStartsWithIt() {
    assertThat(UserSearch.queries(" Taro ")).containsExactly(new Query(SearchField.NAME, "taro"),
        new Query(SearchField.EMAIL, "taro"));
    assertThat(UserSearch.queries("taro@")).hasSize(1);
    assertThat(UserSearch.queries("03-1234")).hasSize(1);
  }

  @Test
  void noKeywordIsEveryoneByEmail() {
    for (String blank : new String[] {null, "", "  ", "　"}) {
      assertThat(UserSearch.queries(blank)).containsExactly(new Query(SearchField.EMAIL, ""));
    }
  }

  @Test
  void aUserIsListedUnderTermsFoldedAsKeywordsAre() {
    User u = UserBuilder.aUser().name("Ｃｏｍ　太郎").email("Taro.Com@Example.com")
        .phone("090-9876-5432").build();
    assertThat(List.of(SearchField.EMAIL.term(u), SearchField.NAME.term(u),
        SearchField.PHONE.term(u))).containsExactly("taro.com@example.com", "com太郎",
        "09098765432");
    assertThat(SearchField.NAME.term(u)).startsWith(UserSearch.queries("com 太").get(0).prefix());
  }
}
