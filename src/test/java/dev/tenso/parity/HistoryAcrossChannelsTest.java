package dev.tenso.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import dev.tenso.slack.SlackCommands;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.Totp;
import dev.tenso.voice.PhoneCalls;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /forward history} shows the changes of a number whichever channel made them: one by
 * phone, then nine in Slack, each through its real path. The newest ten come first (the import's
 * entry, the eleventh, is left out), each with who, the channel, the time in the user's zone
 * (taro: Asia/Tokyo, the server runs in UTC), before and after.
 */
class HistoryAcrossChannelsTest extends BothChannels {
  static final String TARO_SECRET = SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  static final String NUMBER = "050-2222-0001";
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

  @Test
  void theLastTenChangesByPhoneAndSlackNewestFirst() {
    fresh("voice/organisation.yaml");
    SlackCommands slack = new SlackCommands(port);
    slack.reset();
    slack.user("U-TARO", "taro@example.com", "ja-JP");
    // one code per 30 s step, taken in order: Slack the earlier step, the phone the next
    long seconds = Instant.now().getEpochSecond();
    long step = Math.floorDiv(seconds, 30) - (seconds % 30 < 25 ? 1 : 0);
    Instant start = Instant.now().minusSeconds(1);
    slack.send("U-TARO", "login");
    assertThat(slack.send("U-TARO", "code " + code(step))).contains(text("slack.signin.done"));

    PhoneCalls phone = new PhoneCalls(port);
    phone.call("+819012345678");
    phone.press(code(step + 1));
    phone.press("2");
    phone.press("*21*0312345678#");
    assertThat(phone.press("1").text()).contains("転送の設定が完了しました");
    for (int ring = 11; ring <= 19; ring++) { // nine changes, each its own ring time
      assertThat(slack.send("U-TARO", "on 2 no-answer ring " + ring + " number " + NUMBER))
          .contains(text("forwarding.done"));
    }
    Instant end = Instant.now().plusSeconds(1);

    String answer = slack.send("U-TARO", "history " + NUMBER);
    String title = catalogs.chat().text("slack.history.title", Language.JA,
        Map.of("number", NUMBER));
    assertThat(answer).contains(title);
    String shown = answer.substring(answer.indexOf(title), answer.indexOf("\nsection\n"));
    List<String> entries = Arrays.asList(shown.substring(title.length() + 2).split("\n\n"));
    assertThat(entries).as(shown).hasSize(10);
    for (int i = 0; i < 9; i++) { // the newest Slack change first
      String entry = entries.get(i);
      assertThat(entry).as(entry).contains("Com 太郎（Slack）")
          .containsPattern("変更前: [^\n]*" + (i == 8 ? "無条件転送[^\n]*03-?1234-?5678"
              : "呼出時間 " + (18 - i) + "秒"))
          .containsPattern("変更後: [^\n]*呼出時間 " + (19 - i) + "秒[^\n]*03-?1234-?5678");
    }
    String byPhone = entries.get(9);
    assertThat(byPhone).contains("Com 太郎（電話）").containsPattern("変更後: [^\n]*03-?1234-?5678")
        .contains("変更前: " + text("forwarding.state.disabled"));
    assertThat(shown).doesNotContain(text("channels.IMPORT"));
    for (String entry : entries) {
      assertThat(entry).contains("(JST)");
      Instant at = LocalDateTime.parse(entry.substring(0, entry.indexOf(" (JST)")), SHOWN)
          .atZone(ZoneId.of("Asia/Tokyo")).toInstant();
      assertThat(at).as(entry).isBetween(start, end);
    }
  }

  private String text(String key) {
    return catalogs.chat().text(key, Language.JA);
  }

  private static String code(long step) {
    return SecretsSeen.remember(Totp.code(TARO_SECRET, Instant.ofEpochSecond(step * 30)));
  }
}
