package dev.tenso.slack;

import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.Actor;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import java.time.ZoneId;

/** The person behind a Slack request, matched to the directory: how they act, how to speak. */
record Who(String slackId, User user) {
  Actor actor() {
    return new Actor(user.id(), Channel.SLACK, slackId);
  }

  Language lang() {
    return user.language();
  }

  ZoneId zone() {
    return user.timezone();
  }
}
