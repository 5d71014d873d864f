package dev.tenso.core.common;

import java.util.Objects;

/**
 * The other end of a channel, before anyone knows who it is: a Slack user id, a phone call's sid.
 * Sessions, sign-ins under way and registration progress are kept per channel identity; once the
 * user is known, an {@link Actor} is that user through this identity.
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

  /** The stable text form, {@code channel:id}. */
  public String key() {
    return channel.id() + ":" + id;
  }
}
