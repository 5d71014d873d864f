package dev.tenso.slack;

import dev.tenso.core.directory.UserStatus;
import java.util.Optional;

/** The directory user behind a button or a modal: linked before (they used a command first). */
final class Known {
  private Known() {}

  /** The linked user as stored, unless DISABLED (then they are nobody); empty when not linked. */
  static Optional<Who> user(Parts p, String slackId) {
    return p.identities().linked(slackId).map(u -> new Who(slackId, u));
  }

  /** The linked ACTIVE user. */
  static Optional<Who> active(Parts p, String slackId) {
    return user(p, slackId).filter(w -> w.user().status() == UserStatus.ACTIVE);
  }
}
