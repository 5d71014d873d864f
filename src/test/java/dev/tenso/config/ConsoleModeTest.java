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
 * {@code tenso.console.enabled} says; when on, the phone channel gets an auth token generated for
 * this run (never one that is configured) and the public URL of this server. Off, the console has
 * no bean at all.
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
  void withNothingConfiguredTheConsoleGeneratesThePhoneChannelsSettings() {
    MockEnvironment env = after("server.port=9123");
    MockEnvironment other = after("server.port=9123");

    assertThat(env.getProperty(ConsoleMode.ACTIVE)).isEqualTo("true");
    String token = SecretsSeen.remember(env.getProperty("tenso.twilio.auth-token"));
    SecretsSeen.remember(other.getProperty("tenso.twilio.auth-token"));
    assertThat(token).hasSize(48).isNotEqualTo(other.getProperty("tenso.twilio.auth-token"));
    assertThat(env.getProperty("tenso.public-url")).isEqualTo("http://localhost:9123");
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
