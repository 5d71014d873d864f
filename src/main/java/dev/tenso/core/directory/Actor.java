package dev.tenso.core.directory;

import dev.tenso.core.common.Channel;
import java.util.Objects;

/**
 * Who asks for a use case, through which channel, as which channel identity (a Slack user id, a
 * phone call's sid). The import and the system act without a user.
 */
public record Actor(UserId user, Channel channel, String channelIdentity) {
  public Actor {
    Objects.requireNonNull(channel, "channel");
    channelIdentity = channelIdentity == null ? "" : channelIdentity;
  }

  public static Actor system(Channel channel) {
    return new Actor(null, channel, channel.id());
  }

  public boolean isSystem() {
    return user == null;
  }

  /** The id written as the audit event's actor. */
  public String auditName() {
    return user == null ? channel.id() : user.value();
  }
}
