package dev.tenso.slack;

import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import dev.tenso.core.directory.UserStatus;
import java.util.Optional;

/** The directory user behind a button or a modal: linked before (they used a command first). */
final class Known {
  private Known() {}

  /** The linked user as stored, whatever their status; empty when not linked or gone. */
  static Optional<User> user(Parts p, String slackId) {
    Optional<UserId> id = p.identities().linked(slackId);
    return id.flatMap(p.core().users()::byId);
  }

  /** The linked ACTIVE user. */
  static Optional<Who> active(Parts p, String slackId) {
    return user(p, slackId).filter(u -> u.status() == UserStatus.ACTIVE)
        .map(u -> new Who(slackId, u));
  }
}
