package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user change is audited as status and role, then each changed field with its value. */
class UserAuditTest {

  @Test
  void statusAndRoleAlwaysThenOnlyTheFieldsThatDiffer() {
    User u = Fixtures.user("u1", Role.GENERAL, UserStatus.ACTIVE, Set.of("東京営業"),
        Set.of("050-1111-0001"));
    User other = Fixtures.user("u1", Role.GENERAL, UserStatus.ACTIVE, Set.of("関西チーム", "東京営業"),
        Set.of("050-1111-0001"));

    assertThat(UserAudit.text(u, null)).isEqualTo("status=ACTIVE role=GENERAL");
    assertThat(UserAudit.text(u, u.withRole(Role.PORTAL_ADMIN)))
        .isEqualTo("status=ACTIVE role=GENERAL");
    assertThat(UserAudit.text(other, u))
        .isEqualTo("status=ACTIVE role=GENERAL groups=[東京営業,関西チーム]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      03-1234-5678   | 03-1234-5678
      ''             | '""'
      Com 太郎        | '"Com 太郎"'
      'a"b\\c'       | '"a\\"b\\\\c"'
      a=b            | '"a=b"'
      """)
  void aValueThatIsNotOnePlainWordIsQuoted(String value, String audited) {
    assertThat(UserAudit.quoted(value)).isEqualTo(audited);
  }

  @Test
  void aLineBreakInAValueStaysOnOneLine() {
    assertThat(UserAudit.quoted("一行目\n二行目")).isEqualTo("\"一行目\\n二行目\"");
  }
}
