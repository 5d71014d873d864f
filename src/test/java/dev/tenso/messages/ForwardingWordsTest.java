package dev.tenso.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ForwardingWordsTest {
  private static final MessageCatalog CHAT = ClasspathCatalogs.load(ClasspathCatalogs.CHAT);
  private static final ForwardingWords WORDS = new ForwardingWords(CHAT);

  @ParameterizedTest
  @CsvSource({
      "UNCONDITIONAL, 無条件転送, Unconditional forwarding",
      "BUSY, 着信中転送, Forward when busy",
      "NO_ANSWER, 無応答転送, Forward on no answer",
      "UNREACHABLE, 不通時転送, Forward when unreachable"})
  void modesInTheManualsTerms(ForwardingMode mode, String ja, String en) {
    assertThat(WORDS.mode(mode, Language.JA)).isEqualTo(ja);
    assertThat(WORDS.mode(mode, Language.EN)).isEqualTo(en);
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void everyChannelHasAName(Channel channel) {
    assertThat(WORDS.channel(channel, Language.JA)).isNotBlank();
    assertThat(WORDS.channel(channel, Language.EN)).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "true|UNCONDITIONAL|1|JA|転送する（無条件転送、転送先: リスト1（090-1234-5678））",
      "true|UNCONDITIONAL|1|EN|Forwarding on (Unconditional forwarding, to List 1 (090-1234-5678))",
      "true|NO_ANSWER|2|JA|転送する（無応答転送、呼出時間 20秒、転送先: リスト2（未設定））",
      "true|NO_ANSWER|2|EN|Forwarding on (Forward on no answer, ring time 20 s, to List 2 (not set))",
      "true|BUSY|VOICEMAIL|JA|転送する（着信中転送、転送先: 留守番電話）",
      "true|BUSY|VOICEMAIL|EN|Forwarding on (Forward when busy, to Voicemail)",
      "false|UNCONDITIONAL|1|JA|転送しない",
      "false|UNCONDITIONAL|1|EN|Forwarding off"})
  void summaries(boolean on, ForwardingMode mode, String active, Language lang, String expected) {
    ForwardingSetting s = new ForwardingSetting(on, mode, 20, ForwardingSetting.emptySlots(),
        Target.parse(active)).withSlot(1, "090-1234-5678");
    assertThat(WORDS.summary(s, lang)).isEqualTo(expected);
  }

  @Test
  void theDoneMessageAndSlotNames() {
    assertThat(WORDS.done(Language.JA)).isEqualTo("転送の設定が完了しました");
    assertThat(WORDS.done(Language.EN)).isEqualTo("Forwarding has been set.");
    assertThat(WORDS.slot(5, Language.JA)).isEqualTo("リスト5");
    assertThat(WORDS.slot(5, Language.EN)).isEqualTo("List 5");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Asia/Tokyo|JA|2026年11月24日 17:00:55 (JST)",
      "Asia/Tokyo|EN|24 Nov 2026 17:00:55 JST",
      "America/New_York|JA|2026年11月24日 03:00:55 (EST)",
      "America/New_York|EN|24 Nov 2026 03:00:55 EST"})
  void timesInTheUsersZoneWithTheZoneShown(String zone, Language lang, String expected) {
    assertThat(new TimeWords(CHAT).dateTime(Instant.parse("2026-11-24T08:00:55Z"),
        ZoneId.of(zone), lang)).isEqualTo(expected);
  }

  @Test
  void aTurnOffWithWarningsSaysWhatTheKeptSettingBreaks() {
    var warnings = List.of(
        Violation.of("active", ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX),
        Violation.of("slot2", ErrorCode.DESTINATION_TOO_LONG, "max", 28));
    assertThat(WORDS.offWithWarnings(warnings, Language.JA).split("\n")).containsExactly(
        CHAT.text("forwarding.offWithWarnings", Language.JA),
        "留守番電話は、メッセージボックス契約のある番号でのみ選択できます。",
        "転送先番号は28桁以内で入力してください。");
    assertThat(WORDS.offWithWarnings(warnings, Language.EN)).startsWith("Forwarding is off.")
        .endsWith("The destination number can have at most 28 digits.");
    assertThat(ClasspathCatalogs.load(ClasspathCatalogs.SPOKEN).has("forwarding.offWithWarnings"))
        .isTrue();
  }
}
