package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.IpNumber;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserFormTest {
  static final Set<String> GROUPS = Set.of("東京営業", "大阪");

  static UserForm valid() {
    return new UserForm(" Com 太郎 ", "Taro@Example.com", "03-1234-5678", "090-1234-5678", "ja",
        "TOTP", "", "課長", "Asia/Tokyo", List.of("東京営業"), List.of("050-1111-0001"), "",
        true);
  }

  /** The valid form with one field replaced. */
  static UserForm with(String field, String value) {
    UserForm f = valid();
    return new UserForm(
        field.equals("name") ? value : f.name(),
        field.equals("email") ? value : f.email(),
        field.equals("phone") ? value : f.phone(),
        field.equals("mobile") ? value : f.mobile(),
        field.equals("language") ? value : f.language(),
        field.equals("secondFactor") ? value : f.secondFactor(),
        field.equals("role") ? value : f.role(),
        field.equals("title") ? value : f.title(),
        field.equals("timezone") ? value : f.timezone(),
        field.equals("groups") ? (value == null ? null : List.of(value.split(";", -1)))
            : f.groups(),
        field.equals("numbers") ? (value == null ? null : List.of(value.split(";", -1)))
            : f.numbers(),
        field.equals("comment") ? value : f.comment(),
        f.lineNotification());
  }

  @Test
  void aValidFormGivesTheCheckedValues() {
    UserDraft d = valid().validate(GROUPS).orElseThrow();
    assertThat(d.name()).isEqualTo("Com 太郎");
    assertThat(d.email().key()).isEqualTo("taro@example.com");
    assertThat(d.language()).isEqualTo(Language.JA);
    assertThat(d.secondFactor()).isEqualTo(SecondFactor.TOTP);
    assertThat(d.role()).isEqualTo(Role.GENERAL);
    assertThat(d.timezone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(d.groups()).containsExactly("東京営業");
    assertThat(d.numbers()).containsExactly(IpNumber.of("05011110001"));
    assertThat(d.lineNotification()).isTrue();
  }

  @ParameterizedTest(name = "{0}=[{1}] -> {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    "name|a|",
    "name|NULL|NAME_REQUIRED",
    "name|'   '|NAME_REQUIRED",
    "name|" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" + "|",
    "name|" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" + "|NAME_TOO_LONG",
    "name|" + "太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太太" + "|",
    "email|a@b.co|",
    "email|NULL|EMAIL_INVALID",
    "email|taro|EMAIL_INVALID",
    "email|taro@|EMAIL_INVALID",
    "email|ｔａｒｏ@example.com|EMAIL_INVALID",
    "phone|0312345678|",
    "phone|03-1234-5678|",
    "phone|NULL|PHONE_INVALID",
    "phone|０３-1234-5678|PHONE_INVALID",
    "phone|03 1234 5678|PHONE_INVALID",
    "phone|03--1234|PHONE_INVALID",
    "phone|+81312345678|PHONE_INVALID",
    "mobile|NULL|",
    "mobile|''|",
    "mobile|090-1234-5678|",
    "mobile|０９０|MOBILE_INVALID",
    "mobile|090-abcd|MOBILE_INVALID",
    "language|en|",
    "language|EN|",
    "language|fr|LANGUAGE_INVALID",
    "language|NULL|LANGUAGE_INVALID",
    "secondFactor|MAIL_OTP|",
    "secondFactor|totp|",
    "secondFactor|SMS|SECOND_FACTOR_INVALID",
    "secondFactor|NULL|SECOND_FACTOR_INVALID",
    "role|PORTAL_ADMIN|",
    "role|general|",
    "role|NULL|",
    "role|ROOT|ROLE_INVALID",
    "timezone|Europe/Paris|",
    "timezone|UTC|",
    "timezone|Tokyo|TIMEZONE_INVALID",
    "timezone|+09:00|TIMEZONE_INVALID",
    "timezone|NULL|TIMEZONE_INVALID",
    "groups|NULL|",
    "groups|東京営業;大阪|",
    "groups|東京営業;名古屋|USER_GROUP_UNKNOWN",
    "numbers|NULL|",
    "numbers|05011110001;050-1111-0002|",
    "numbers|050-1111-000１|NUMBER_INVALID",
    "numbers|03-1234-5678|NUMBER_INVALID",
    "title|NULL|",
    "comment|anything at all|",
  })
  void everyFieldHasItsRule(String field, String value, ErrorCode expected) {
    var v = with(field, value).validate(GROUPS).violations();
    if (expected == null) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).extracting(Violation::field, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(field, expected));
    }
  }

  @Test
  void blankRoleMeansGeneral() {
    assertThat(with("role", " ").validate(GROUPS).orElseThrow().role()).isEqualTo(Role.GENERAL);
    assertThat(with("role", "portal_admin").validate(GROUPS).orElseThrow().role())
        .isEqualTo(Role.PORTAL_ADMIN);
  }

  @Test
  void everyWrongFieldIsReportedAtOnce() {
    var form = new UserForm("", "x", "", "a", "de", "", "boss", "", "Mars/Base",
        List.of("nobody"), List.of("123"), "", false);
    assertThat(form.validate(GROUPS).violations()).extracting(Violation::field).containsExactly(
        "name", "email", "phone", "mobile", "language", "secondFactor", "role", "timezone",
        "groups", "numbers");
  }
}
