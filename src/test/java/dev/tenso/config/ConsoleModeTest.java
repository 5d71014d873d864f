package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.console.ConsoleApi;
import dev.tenso.testsupport.SecretsSeen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/**
 * Console mode: on by itself exactly when no Slack or Twilio credentials are set, or as
 * {@code tenso.console.enabled} says; when on, the channels get settings generated for this run
 * (never one that is configured): a Twilio auth token with this server as the public URL, a Slack
 * signing secret and bot token with the console's Web API stand-in. Off, the console has no bean.
 */
class ConsoleModeTest {
  private static MockEnvironment after(String... properties) {
    MockEnvironment env = new MockEnvironment();
    for (String p : properties) {
      int eq = p.indexOf('=');
      env.setProperty(p.substring(0, eq), p.substring(eq + 1));
    }
    new ConsoleEnvironmentPostProcessor().postProcessEnvironment(env, null);
    return env;
  }

  @Test
  void withNothingConfiguredTheConsoleGeneratesTheChannelsSettings() {
    MockEnvironment env = after("server.port=9123");
    MockEnvironment other = after("server.port=9123");

    assertThat(env.getProperty(ConsoleMode.ACTIVE)).isEqualTo("true");
    String token = SecretsSeen.remember(env.getProperty("tenso.twilio.auth-token"));
    SecretsSeen.remember(other.getProperty("tenso.twilio.auth-token"));
    String secret = SecretsSeen.remember(env.getProperty("tenso.slack.signing-secret"));
    SecretsSeen.remember(env.getProperty("tenso.slack.bot-token"));
    assertThat(token).hasSize(48).isNotEqualTo(other.getProperty("tenso.twilio.auth-token"));
    assertThat(secret).hasSize(48).isNotEqualTo(token);
    assertThat(env.getProperty("tenso.slack.bot-token")).startsWith("xoxb-");
    assertThat(env.getProperty("tenso.public-url")).isEqualTo("http://localhost:9123");
    assertThat(env.getProperty(ConsoleEnvironmentPostProcessor.SLACK_STAND_IN)).isEqualTo("true");
  }

  @Test
  void anySlackSettingLeavesTheChatOut() {
    MockEnvironment env = after("tenso.console.enabled=true", "tenso.slack.app-token=xapp-1");
    assertThat(env.getProperty(ConsoleEnvironmentPostProcessor.SLACK_STAND_IN)).isNull();
    assertThat(env.getProperty("tenso.slack.signing-secret")).isNull();
  }

  @Test
  void anyChannelCredentialTurnsItOffUnlessEnabledExplicitly() {
    for (String credential : ConsoleMode.CREDENTIALS) {
      MockEnvironment env = after(credential + "=configured-value");
      assertThat(env.getProperty(ConsoleMode.ACTIVE)).as(credential).isEqualTo("false");
      assertThat(env.getProperty("tenso.public-url")).isNull();
    }
    assertThat(after("tenso.twilio.auth-token= ", "tenso.console.enabled=")
        .getProperty(ConsoleMode.ACTIVE)).as("blank counts as unset").isEqualTo("true");
  }

  @Test
  void explicitlyEnabledItKeepsEveryConfiguredSetting() {
    MockEnvironment env = after("tenso.console.enabled=true",
        "tenso.twilio.auth-token=configured-token", "tenso.public-url=https://tenso.example.com");

    assertThat(env.getProperty(ConsoleMode.ACTIVE)).isEqualTo("true");
    assertThat(env.getProperty("tenso.twilio.auth-token")).isEqualTo("configured-token");
    assertThat(env.getProperty("tenso.public-url")).isEqualTo("https://tenso.example.com");
    SecretsSeen.remember(env.getProperty("tenso.slack.signing-secret"));
    assertThat(env.getProperty("tenso.slack.signing-secret")).isNotBlank();
  }

  @Test
  void explicitlyDisabledOrMisspeltIsTakenAsSaid() {
    assertThat(after("tenso.console.enabled=false").getProperty(ConsoleMode.ACTIVE))
        .isEqualTo("false");
    assertThat(after("tenso.console.enabled=false").getProperty("tenso.twilio.auth-token"))
        .isNull();
    assertThatThrownBy(() -> after("tenso.console.enabled=yes-please"))
        .hasMessageContaining("tenso.console.enabled");
  }

  @Test
  void offTheConsoleIsAbsent() {
    new ApplicationContextRunner()
        .withInitializer(c -> new ConsoleEnvironmentPostProcessor()
            .postProcessEnvironment(c.getEnvironment(), null))
        .withPropertyValues("tenso.twilio.auth-token=configured-token")
        .withUserConfiguration(ConsoleConfig.class)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(ConsoleApi.class);
          assertThat(context).doesNotHaveBean("consoleLoopbackOnly");
          assertThat(context).doesNotHaveBean("consolePageRoutes");
        });
  }
}
