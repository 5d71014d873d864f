package dev.tenso.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.directory.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageCatalogTest {
  private static final MessageCatalog CATALOG = MessageCatalog.fromYaml(Map.of(
      "errors.yaml", """
          DESTINATION_TOO_LONG:
            ja: 転送先番号は{max}桁以内で入力してください。
            en: The destination number can have at most {max} digits.
          """,
      "mail/registration.yaml", """
          subject:
            ja: ご利用開始案内メール
            en: Getting started
          body:
            ja: |
              {name} 様
              コード: {code}
            en: |
              Dear {name},
              Code: {code}
          """));

  @ParameterizedTest
  @CsvSource({
      "JA, 転送先番号は28桁以内で入力してください。",
      "EN, The destination number can have at most 28 digits."})
  void replacesPlaceholdersInTheAskedLanguage(Language lang, String expected) {
    assertThat(CATALOG.text("errors.DESTINATION_TOO_LONG", lang, Map.of("max", "28")))
        .isEqualTo(expected);
  }

  @Test
  void keysAreTheFilePathThenTheKeysInsideAndBlockScalarsKeepTheirLines() {
    assertThat(CATALOG.keys()).containsExactly(
        "errors.DESTINATION_TOO_LONG", "mail.registration.body", "mail.registration.subject");
    assertThat(CATALOG.text("mail.registration.body", Language.EN,
        Map.of("name", "Taro", "code", "123456", "unused", "x")))
        .isEqualTo("Dear Taro,\nCode: 123456\n");
  }

  @Test
  void aParamValueIsInsertedLiterally() {
    assertThat(CATALOG.text("errors.DESTINATION_TOO_LONG", Language.EN, Map.of("max", "$1\\{x}")))
        .contains("at most $1\\{x} digits");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheKey() {
    assertThatThrownBy(() -> CATALOG.text("errors.NOPE", Language.JA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("errors.NOPE");
  }

  @Test
  void aMissingParamIsAnErrorNamingTheKeyButNoValue() {
    assertThatThrownBy(() -> CATALOG.text("mail.registration.body", Language.JA,
        Map.of("code", "987654")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mail.registration.body")
        .hasMessageNotContaining("987654");
  }

  @Test
  void everyMalformedMessageIsReportedAtOnce() {
    assertThatThrownBy(() -> MessageCatalog.fromYaml(Map.of(
        "a.yaml", """
            extra: {ja: はい, en: yes, fr: oui}
            blank: {ja: はい, en: " "}
            scalar: just text
            fine: {ja: はい, en: "yes"}
            """)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a.extra")
        .hasMessageContaining("a.blank")
        .hasMessageContaining("a.scalar")
        .hasMessageNotContaining("a.fine");
  }

  @Test
  void aKeyDefinedInTwoFilesIsRefused() {
    assertThatThrownBy(() -> MessageCatalog.fromYaml(Map.of(
        "mail.yaml", "registration: {subject: {ja: 件名, en: Subject}}",
        "mail/registration.yaml", "subject: {ja: 件名, en: Subject}")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mail.registration.subject is defined twice");
  }
}
