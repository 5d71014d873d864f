package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One change of one user, safe against concurrent changes: read the user, apply the rule to what
 * was read, and store the result only if the user is still as read ({@link Users#update}
 * compare-and-set); on a conflict read again and re-check the rule on the fresh record, a bounded
 * number of times, then CONCURRENT_CHANGE. The rule decides; the store only compares. The audit
 * event is built from each attempt's before and after and written by the same compare-and-set,
 * so what is audited is exactly the attempt that won, and never a change that was not stored.
 */
public final class UserUpdate {
  /** Attempts before giving up with CONCURRENT_CHANGE. */
  public static final int MAX_ATTEMPTS = 50;

  private UserUpdate() {}

  /**
   * The user as read and as stored by the successful attempt; equal when the rule changed
   * nothing (then nothing was written).
   */
  public record Change(User before, User after) {
    public boolean changed() {
      return !before.equals(after);
    }
  }

  /**
   * Applies {@code rule} to the current user and stores the result together with the event
   * {@code audit} makes of (before, after); nothing is written nor audited when the rule changed
   * nothing. Refuses with USER_NOT_FOUND, with the rule's own violations (checked against the
   * freshest read), or CONCURRENT_CHANGE.
   */
  public static Outcome<Change> apply(Users users, UserId id, Function<User, Outcome<User>> rule,
      BiFunction<User, User, AuditEvent> audit) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      var read = users.byId(id);
      if (read.isEmpty()) {
        return Outcome.rejected("user", ErrorCode.USER_NOT_FOUND);
      }
      User before = read.get();
      Outcome<User> next = rule.apply(before);
      if (!next.isOk()) {
        return Outcome.rejected(next.violations());
      }
      User after = next.orElseThrow();
      if (after.equals(before) || users.update(before, after, audit.apply(before, after))) {
        return Outcome.ok(new Change(before, after));
      }
    }
    return Outcome.rejected("user", ErrorCode.CONCURRENT_CHANGE);
  }
}
