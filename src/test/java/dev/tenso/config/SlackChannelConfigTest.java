package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The Slack channel is on when a bot token or a signing secret is set; one without the other
 * stops the start with a message naming what is missing (Bolt would otherwise accept requests
 * signed with a placeholder secret).
 */
class SlackChannelConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(SlackChannelConfig.class);

  @Test
  void neitherSetMeansNoSlackChannel() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(App.class);
    });
  }

  @Test
  void aBotTokenWithoutASigningSecretStopsTheStart() {
    runner.withPropertyValues("tenso.slack.bot-token=xoxb-only").run(context -> {
      assertThat(context).hasFailed();
      SlackChannelMisconfiguredException e = cause(context.getStartupFailure());
      assertThat(e.missing()).contains("SLACK_SIGNING_SECRET");
      FailureAnalysis a = new SlackFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(a.getDescription()).contains("SLACK_SIGNING_SECRET").doesNotContain("xoxb");
      assertThat(a.getAction()).contains("SLACK_BOT_TOKEN");
    });
  }

  @Test
  void aSigningSecretWithoutABotTokenStopsTheStart() {
    runner.withPropertyValues("tenso.slack.signing-secret=only-a-secret").run(context -> {
      assertThat(context).hasFailed();
      assertThat(cause(context.getStartupFailure()).missing()).contains("SLACK_BOT_TOKEN");
      assertThat(new SlackFailureAnalyzer().analyze(context.getStartupFailure())
          .getDescription()).doesNotContain("only-a-secret");
    });
  }

  @Test
  void theWebApiUrlEndsWithASlashAndSecretsStayOutOfToString() {
    SlackProperties p = new SlackProperties("s3cret", "xoxb-t0ken", null, "http://x/api", null);
    assertThat(p.apiUrl()).isEqualTo("http://x/api/");
    assertThat(p.command()).isEqualTo("/forward");
    assertThat(p.toString()).doesNotContain("s3cret").doesNotContain("xoxb-t0ken");
  }

  private static SlackChannelMisconfiguredException cause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SlackChannelMisconfiguredException e) {
        return e;
      }
    }
    throw new AssertionError("not stopped by the Slack check: " + t);
  }
}
