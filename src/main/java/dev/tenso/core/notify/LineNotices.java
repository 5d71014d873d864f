package dev.tenso.core.notify;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Deliveries;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ChangeNotices;
import dev.tenso.core.forwarding.ForwardingView;
import dev.tenso.core.inventory.IpNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * §7: after a forwarding change is written, mails モバイル回線通知メール to every ACTIVE user who has
 * the number assigned directly and receives line notification mail, whoever made the change and
 * through whichever channel. Each change is mailed once across every tenso instance: the first to
 * claim the change (its number and the version it wrote) in the store sends it, any other (a
 * channel's retry that reached another instance) finds it claimed. A mail that fails never undoes
 * the change.
 */
public final class LineNotices implements ChangeNotices {
  /** How long a change's claim is kept: far beyond any retry of the request that made it. */
  static final Duration CLAIM_KEPT = Duration.ofDays(1);

  private final Users users;
  private final Mailer mailer;
  private final Deliveries claims;

  public LineNotices(Users users, Mailer mailer, Deliveries claims) {
    this.users = users;
    this.mailer = mailer;
    this.claims = claims;
  }

  /** Who of {@code all} (the users the directory has with the number) is told of its change. */
  static List<User> recipients(List<User> all, IpNumber number) {
    return all.stream()
        .filter(u -> u.status() == UserStatus.ACTIVE && u.lineNotification())
        .filter(u -> u.numbers().contains(number))
        .toList();
  }

  /** The name a change's notice is claimed by. */
  static String claimOf(IpNumber number, long version) {
    return "line-notice:" + number.digits() + ":" + version;
  }

  @Override
  public void changed(ForwardingView v, long version, Actor actor, String changedBy, Instant at) {
    List<User> to;
    try {
      to = recipients(users.byNumber(v.details().ip()), v.details().ip());
      if (to.isEmpty() || !claims.claim(claimOf(v.details().ip(), version), CLAIM_KEPT)) {
        return;
      }
    } catch (RuntimeException e) {
      return; // the change is written; a notice that cannot be prepared never undoes it
    }
    for (User u : to) {
      try {
        mailer.send(new Mail.ForwardingChanged(u, v.details().ip(), v.before(), v.after(),
            changedBy, actor.channel(), at));
      } catch (RuntimeException e) {
        // the mail adapter logs its own failures; a failed mail never undoes the change
      }
    }
  }
}
