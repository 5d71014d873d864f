package dev.tenso.core.forwarding;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.Scopes;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingSnapshots.NumberState;
import dev.tenso.core.forwarding.ForwardingSnapshots.Snapshot;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.Scope;
import java.util.List;
import java.util.Optional;

/**
 * The current forwarding of a user's numbers (the status a channel shows first, and what a form
 * is filled with), from ONE read of {@link ForwardingSnapshots}. Reading needs no fresh session;
 * the acting user must be ACTIVE and a named number in their scope (an unknown number and one
 * outside the scope answer alike, NUMBER_NOT_IN_SCOPE). What it answers never grows with the
 * organisation: at most {@link #LIMIT} numbers, those assigned to the user directly; a user who
 * sees more (an administrator, a user group's sites) is told so by {@link Status#wider()} and
 * finds the rest through the number search.
 */
public final class ForwardingStatus {
  public static final int LIMIT = 20;

  private final ForwardingSnapshots snapshots;

  public ForwardingStatus(ForwardingSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * @param numbers the numbers shown, in number order
   * @param assigned how many numbers are assigned to the user directly
   * @param wider the user may see numbers beyond their own (administrator or user groups)
   */
  public record Status(User user, List<ForwardingView> numbers, int assigned, boolean wider) {
    public Status {
      numbers = List.copyOf(numbers);
    }

    /** More numbers are assigned than shown. */
    public boolean truncated() {
      return assigned > numbers.size();
    }
  }

  /**
   * What the read gave: the status or why not (USER_NOT_FOUND, USER_DISABLED, USER_NOT_ACTIVE
   * for a registration not finished, NUMBER_INVALID, NUMBER_NOT_IN_SCOPE), and the acting user
   * as stored unless unknown or DISABLED, so that a channel speaks their language even when the
   * status is refused (a disabled user looks exactly like an unknown one); with the stamp of the
   * snapshot a status was made of (see {@link ForwardingSnapshots.Snapshot#stamp}), else null.
   */
  public record Look(Optional<User> user, Outcome<Status> status,
      ForwardingSnapshots.Stamp stamp) {
    /** A look whose snapshot had no stamp. */
    public Look(Optional<User> user, Outcome<Status> status) {
      this(user, status, null);
    }
  }

  /** The numbers assigned to the acting user directly (the first {@link #LIMIT}). */
  public Look mine(Actor actor) {
    if (actor.isSystem()) {
      return noUser();
    }
    return look(snapshots.read(actor.user(), List.of(), LIMIT), List.of(), false);
  }

  /** One number in the acting user's scope. */
  public Look of(Actor actor, String number) {
    if (actor.isSystem()) {
      return noUser();
    }
    Optional<IpNumber> ip = parse(number);
    return look(snapshots.read(actor.user(), ip.stream().toList(), 0), ip.stream().toList(),
        ip.isEmpty());
  }

  /**
   * {@link #mine} or, with a number, {@link #of} for whoever a Slack user id is linked to, in one
   * read; USER_NOT_FOUND when the id was never linked.
   */
  public Look bySlackId(String slackId, String numberOrNull) {
    Optional<IpNumber> ip = numberOrNull == null ? Optional.empty() : parse(numberOrNull);
    boolean invalid = numberOrNull != null && ip.isEmpty();
    int limit = numberOrNull == null ? LIMIT : 0;
    return look(snapshots.readBySlackId(slackId, ip.stream().toList(), limit),
        ip.stream().toList(), invalid);
  }

  private static Optional<IpNumber> parse(String number) {
    try {
      return Optional.of(IpNumber.of(number));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Look noUser() {
    return new Look(Optional.empty(), Outcome.rejected("user", ErrorCode.USER_NOT_FOUND));
  }

  private static Look look(Snapshot s, List<IpNumber> named, boolean invalidNumber) {
    Optional<User> user = s.user().filter(u -> u.status() != UserStatus.DISABLED);
    if (s.user().isEmpty() || user.isEmpty()) {
      ErrorCode code = s.user().isEmpty() ? ErrorCode.USER_NOT_FOUND : ErrorCode.USER_DISABLED;
      return new Look(user, Outcome.rejected("user", code));
    }
    if (user.get().status() != UserStatus.ACTIVE) {
      return new Look(user, Outcome.rejected("user", ErrorCode.USER_NOT_ACTIVE));
    }
    if (invalidNumber) {
      return new Look(user, Outcome.rejected("number", ErrorCode.NUMBER_INVALID));
    }
    Scope scope = Scopes.of(user.get(), s.groups());
    List<ForwardingView> views = s.numbers().stream()
        .filter(n -> scope.covers(n.details()))
        .map(ForwardingStatus::view)
        .toList();
    if (!named.isEmpty() && views.isEmpty()) {
      return new Look(user, Outcome.rejected("number", ErrorCode.NUMBER_NOT_IN_SCOPE));
    }
    boolean wider = scope.all() || !scope.sites().isEmpty() || !scope.voiceGroups().isEmpty();
    return new Look(user, Outcome.ok(new Status(user.get(), views, s.assigned(), wider)),
        s.stamp());
  }

  private static ForwardingView view(NumberState n) {
    return ForwardingView.of(n.details(), n.setting().value());
  }
}
