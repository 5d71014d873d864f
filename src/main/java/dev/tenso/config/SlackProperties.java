package dev.tenso.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tenso.slack.*} (from {@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN},
 * {@code SLACK_APP_TOKEN} and {@code SLACK_API_URL} by default): the Slack channel is on when a
 * bot token or a signing secret is set, and then needs both.
 *
 * @param appToken an {@code xapp-} token: Socket Mode instead of the request URL (optional)
 * @param apiUrl the Web API base URL (tests and the console point it at a stand-in)
 * @param command the slash command's name as configured in the Slack app
 */
@ConfigurationProperties("tenso.slack")
public record SlackProperties(
    String signingSecret,
    String botToken,
    String appToken,
    @DefaultValue("https://slack.com/api/") String apiUrl,
    @DefaultValue("/forward") String command) {

  public SlackProperties {
    signingSecret = blankIsNull(signingSecret);
    botToken = blankIsNull(botToken);
    appToken = blankIsNull(appToken);
    apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://slack.com/api/"
        : apiUrl.endsWith("/") ? apiUrl.strip() : apiUrl.strip() + "/";
    command = command == null || command.isBlank() ? "/forward" : command.strip();
  }

  /** Throws when the channel is half configured (one of the bot token and the secret). */
  SlackProperties checked() {
    if (signingSecret == null || botToken == null) {
      throw new SlackChannelMisconfiguredException(signingSecret == null
          ? "SLACK_SIGNING_SECRET (tenso.slack.signing-secret)"
          : "SLACK_BOT_TOKEN (tenso.slack.bot-token)");
    }
    return this;
  }

  private static String blankIsNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    return "SlackProperties[signingSecret=" + (signingSecret == null ? "unset" : "set")
        + ", botToken=" + (botToken == null ? "unset" : "set") + ", appToken="
        + (appToken == null ? "unset" : "set") + ", apiUrl=" + apiUrl + ", command=" + command
        + "]";
  }
}
