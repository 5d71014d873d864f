package dev.tenso.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A Slack channel with a bot token but no signing secret (or the other way round) stops the
 * start: Bolt would accept requests signed with a placeholder, or tenso could not answer.
 */
public final class SlackFailureAnalyzer
    extends AbstractFailureAnalyzer<SlackChannelMisconfiguredException> {
  @Override
  protected FailureAnalysis analyze(Throwable root, SlackChannelMisconfiguredException cause) {
    return new FailureAnalysis(
        "tenso cannot start the Slack channel: " + cause.missing() + " is not set, but the "
            + "other of SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN is.",
        "Set both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (the app's Basic Information and "
            + "OAuth & Permissions pages), or neither to run tenso without Slack.", cause);
  }
}
