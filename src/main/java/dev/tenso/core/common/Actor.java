package dev.tenso.core.common;

import java.util.Objects;

/**
 * Who is acting: a user of the directory, through one channel identity (the conversation a
 * session belongs to: a Slack user id, a phone call's sid). Every use case that acts or reads for
 * somebody takes an {@code Actor}; sign-in, which runs before the user is trusted, takes the bare
 * {@link ChannelIdentity}. The import and the system act without a user.
 */
public record Actor(UserId user, ChannelIdentity identity) {
  public Actor {
    Objects.requireNonNull(identity, "identity");
  }

  /** The import, the console or the system itself, acting for nobody. */
  public static Actor system(Channel channel) {
    return new Actor(null, ChannelIdentity.of(channel, channel.id()));
  }

  public boolean isSystem() {
    return user == null;
  }

  public Channel channel() {
    return identity.channel();
  }

  /** The id written as the audit event's actor. */
  public String auditName() {
    return user == null ? channel().id() : user.value();
  }
}
