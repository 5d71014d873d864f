package dev.tenso.core.forwarding;

import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.common.UserId;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.util.List;
import java.util.Optional;

/**
 * Port: what one user sees of forwarding, read in a fixed number of round trips of the store
 * (not growing with the organisation), so a channel that must answer within 3 s (Slack) can show
 * it. Implementations throw
 * {@link dev.tenso.core.common.StoreUnavailableException} when the store cannot be reached.
 */
public interface ForwardingSnapshots {

  /**
   * The user, their user groups and numbers with details and setting: the {@code named} numbers
   * (unknown ones left out), or, when none is named, the user's directly assigned numbers, the
   * first {@code limit} in number order. Reads nothing of other users and never the whole
   * inventory: the cost follows {@code limit}, not the organisation.
   */
  Snapshot read(UserId user, List<IpNumber> named, int limit);

  /**
   * The same for the user linked to a Slack user id ({@code User#slackId}): the link is followed
   * by the read. An unlinked id reads as no user.
   */
  Snapshot readBySlackId(String slackId, List<IpNumber> named, int limit);

  /**
   * @param user empty when no such user is stored
   * @param assigned how many numbers are assigned to the user directly (all of them, not only
   *     those read)
   * @param stamp equal for two snapshots read from the very same stored records (so what is
   *     made of one holds for the other), or null when the store cannot tell
   */
  record Snapshot(Optional<User> user, List<UserGroup> groups, List<NumberState> numbers,
      int assigned, Stamp stamp) {
    public Snapshot {
      groups = List.copyOf(groups);
      numbers = List.copyOf(numbers);
    }

    /** A snapshot without a stamp. */
    public Snapshot(Optional<User> user, List<UserGroup> groups, List<NumberState> numbers,
        int assigned) {
      this(user, groups, numbers, assigned, null);
    }
  }

  /**
   * Which stored records a snapshot was made of: equal for two snapshots made of the very same
   * records.
   */
  interface Stamp {
    /**
     * True when the store knows, without reading, that the records this snapshot was made of
     * are still those it holds (a snapshot read now would have this stamp); false when it
     * cannot tell.
     */
    boolean unchanged();
  }

  /** A number with its contract and site, and its current setting with the version read. */
  record NumberState(NumberDetails details, Versioned<ForwardingSetting> setting) {}
}
