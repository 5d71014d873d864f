package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signed {@code /forward} commands into the running app as Slack sends them, for tests that drive
 * both channels of one app (outside this package): Slack users stood in by the shared Web API
 * stand-in, and what each command answered, as text.
 */
public final class SlackCommands {
  private final SlackWire wire;
  private final SlackApiStub api = SlackApiStub.shared();

  public SlackCommands(int port) {
    this.wire = new SlackWire(port, SlackFixture.SIGNING_SECRET);
  }

  /** The Slack channel on, signed with the test secret, its Web API at the shared stand-in. */
  public static void settings(DynamicPropertyRegistry registry) {
    SlackFixture.slackChannel(registry);
  }

  /** Forgets every Slack user and request of the stand-in. */
  public void reset() {
    api.reset();
  }

  /** A Slack user whose profile has {@code email} and {@code locale} (users.info). */
  public void user(String slackId, String email, String locale) {
    api.slackUser(slackId, email, locale);
  }

  /** {@code /forward <text>} by the Slack user: the acknowledgement, or the response_url's post. */
  public String send(String slackId, String text) {
    return send(slackId, "/forward", text);
  }

  /** {@code <command> <text>}: the command under another name (tenso.slack.command). */
  public String send(String slackId, String command, String text) {
    String url = api.base() + "/respond/cmd-" + System.nanoTime();
    var res = wire.form(SlackWire.commandBody(slackId, command, text, url, "trig"),
        SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    String ack = ReadableTexts.of(res.body());
    if (!ack.isBlank()) {
      return ack;
    }
    List<LoggedRequest> posted = api.await(url.substring(api.base().length()), 1);
    assertThat(posted).as("an answer to " + text).isNotEmpty();
    return ReadableTexts.of(posted.get(0).getBodyAsString());
  }
}
