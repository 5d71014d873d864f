package dev.tenso.core.auth;

import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.Actor;
import java.util.Objects;

/**
 * Who is at the other end of a channel: a Slack user id, a phone call's sid. Sessions, pending
 * sign-ins and registration progress are kept per channel identity.
 */
public record ChannelIdentity(Channel channel, String id) {
  public ChannelIdentity {
    Objects.requireNonNull(channel, "channel");
    if (id == null || id.isBlank() || id.length() > 128) {
      throw new IllegalArgumentException("malformed channel identity");
    }
  }

  public static ChannelIdentity of(Channel channel, String id) {
    return new ChannelIdentity(channel, id);
  }

  public static ChannelIdentity of(Actor actor) {
    return new ChannelIdentity(actor.channel(), actor.channelIdentity());
  }

  /** The stable text form, {@code channel:id}. */
  public String key() {
    return channel.id() + ":" + id;
  }
}
