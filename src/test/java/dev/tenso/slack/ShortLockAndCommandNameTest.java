package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One context with settings other than the defaults: the slash command named {@code /fwd}
 * (tenso.slack.command) and a lock of 2 s (tenso.auth.lock-duration), so that a test can see a
 * lock end by itself and a right code work again.
 */
class ShortLockAndCommandNameTest extends SlackFixture {
  static final String COMMAND = "/fwd";

  @DynamicPropertySource
  static void shortLockAndOtherName(DynamicPropertyRegistry registry) {
    registry.add("tenso.slack.command", () -> COMMAND);
    registry.add("tenso.auth.lock-duration", () -> "2s");
  }

  @Test
  void theCommandAnswersUnderItsConfiguredName() {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");

    assertThat(send("status")).contains(text("slack.status.title"), "050-1111-0001");
    String help = send("help");
    assertThat(help).contains(catalogs.chat().text("slack.usage.on", Language.JA,
        Map.of("command", COMMAND))).contains(COMMAND + " status").doesNotContain("/forward");
    assertThat(send("off now please")).contains(COMMAND + " off").doesNotContain("/forward");
  }

  @Test
  void aLockEndsByItselfAndARightCodeThenSignsIn() throws InterruptedException {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    assertThat(send("login")).contains(text("slack.signin.totp"));
    for (int i = 0; i < 4; i++) {
      assertThat(send("code 00000" + i)).contains(text("errors.CODE_INVALID"));
    }
    String locked = lockedText();
    assertThat(send("code 000009")).contains(locked, "(JST)");
    assertThat(send("code " + totp("taro@example.com"))).as("a right code while locked")
        .contains(locked).doesNotContain(text("slack.signin.done"));

    Thread.sleep(2_500); // the lock (2 s, to the second) is over

    assertThat(send("code " + totp("taro@example.com"))).contains(text("slack.signin.done"));
    assertThat(send("on 09011112222")).contains(text("forwarding.done"));
  }

  private String lockedText() {
    String template = catalogs.chat().template("errors.USER_LOCKED", Language.JA);
    return template.substring(0, template.indexOf("{until}")).strip();
  }

  private String text(String key) {
    return catalogs.chat().text(key, Language.JA);
  }

  /** {@code /fwd <text>} by taro: the acknowledgement, or the response_url's post. */
  private String send(String text) {
    return new SlackCommands(port).send("U_TARO", COMMAND, text);
  }
}
