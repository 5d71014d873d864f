package dev.tenso.core.directory;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.UserId;
import java.util.Optional;

/**
 * Port: which directory user a channel's own user id (a Slack user id) was matched to, remembered
 * after the first match by email so later requests need no lookup, and the way back (to reach a
 * user in that channel). Implementations throw
 * {@link dev.tenso.core.common.StoreUnavailableException} when the store cannot be reached.
 */
public interface ChannelLinks {
  Optional<UserId> userOf(Channel channel, String externalId);

  /** The channel's id of the user, if they were ever matched in that channel. */
  Optional<String> externalIdOf(Channel channel, UserId user);

  /** Remembers the match both ways; a later match of either side replaces the earlier one. */
  void link(Channel channel, String externalId, UserId user);
}
