package dev.tenso.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import dev.tenso.slack.SlackCommands;
import dev.tenso.voice.PhoneCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wrong codes count toward one lockout whichever channel they come through, each through its real
 * path (signed Twilio posts into the IVR, signed {@code /forward} commands): a user locked on one
 * channel is refused on the other, in their own language (taro Japanese, emily English).
 */
class LockoutAcrossChannelsTest extends BothChannels {
  static final String WRONG = "000000";
  static final String TARO_MOBILE = "+819012345678";
  static final String EMILY_MOBILE = "+818011112222";

  SlackCommands slack;
  PhoneCalls phone;

  @BeforeEach
  void bothChannels() {
    fresh("voice/organisation.yaml");
    slack = new SlackCommands(port);
    slack.reset();
    slack.user("U-TARO", "taro@example.com", "ja-JP");
    slack.user("U-EMILY", "emily@example.com", "en-US");
    phone = new PhoneCalls(port);
  }

  @Test
  void wrongCodesByPhoneLockSlack() {
    PhoneCalls.Heard last = wrongCodesByPhone(TARO_MOBILE, 5);
    assertThat(last.text()).contains(locked(catalogs.spoken(), Language.JA))
        .containsPattern("\\d+月\\d+日 \\d+時\\d+分 以降に");
    assertThat(last.ended()).isTrue();

    assertThat(slack.send("U-TARO", "login")).contains(locked(catalogs.chat(), Language.JA));
  }

  @Test
  void wrongCodesInSlackLockThePhone() {
    assertThat(wrongCodesInSlack("U-EMILY", 5)).contains(locked(catalogs.chat(), Language.EN));

    PhoneCalls.Heard call = phone.call(EMILY_MOBILE);
    assertThat(call.text()).contains(locked(catalogs.spoken(), Language.EN));
    assertThat(call.ended()).isTrue();
  }

  @Test
  void wrongCodesOnBothChannelsAddUp() {
    assertThat(wrongCodesInSlack("U-TARO", 4)).doesNotContain(
        locked(catalogs.chat(), Language.JA));
    PhoneCalls.Heard last = wrongCodesByPhone(TARO_MOBILE, 1);
    assertThat(last.text()).contains(locked(catalogs.spoken(), Language.JA));
    assertThat(last.ended()).isTrue();
  }

  /** {@code count} wrong codes keyed in by phone, in as many calls as it takes: the last answer. */
  private PhoneCalls.Heard wrongCodesByPhone(String from, int count) {
    PhoneCalls.Heard heard = phone.call(from);
    for (int i = 0; i < count; i++) {
      if (heard.ended()) {
        heard = phone.call(from);
      }
      heard = phone.press(WRONG);
    }
    return heard;
  }

  /** {@code /forward login}, then {@code count} wrong codes: the last answer. */
  private String wrongCodesInSlack(String slackId, int count) {
    slack.send(slackId, "login");
    String answer = "";
    for (int i = 0; i < count; i++) {
      answer = slack.send(slackId, "code " + WRONG);
    }
    return answer;
  }

  /** The locked text of the catalog up to the time it names. */
  private static String locked(MessageCatalog catalog, Language language) {
    String template = catalog.template("errors.USER_LOCKED", language);
    return template.substring(0, template.indexOf("{until}")).strip();
  }
}
