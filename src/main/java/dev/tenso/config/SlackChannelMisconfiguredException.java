package dev.tenso.config;

/** The Slack channel has a bot token or a signing secret, not both: tenso does not start. */
public final class SlackChannelMisconfiguredException extends IllegalStateException {
  private final String missing;

  SlackChannelMisconfiguredException(String missing) {
    super("the Slack channel is half configured: " + missing + " is not set");
    this.missing = missing;
  }

  public String missing() {
    return missing;
  }
}
