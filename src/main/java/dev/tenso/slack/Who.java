package dev.tenso.slack;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import java.time.ZoneId;

/** The person behind a Slack request, matched to the directory: how they act, how to speak. */
record Who(String slackId, User user) {
  /** The Slack user id as the channel identity sign-in sessions are kept for. */
  ChannelIdentity identity() {
    return ChannelIdentity.of(Channel.SLACK, slackId);
  }

  Actor actor() {
    return new Actor(user.id(), identity());
  }

  Language lang() {
    return user.language();
  }

  ZoneId zone() {
    return user.timezone();
  }
}
