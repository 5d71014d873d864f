package dev.tenso.core.voicemail;

import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.notify.Mail;
import dev.tenso.core.notify.Mailer;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A message was left: keep it with the number once (a retried notice of the same recording
 * changes nothing) and, after the answer, tell every ACTIVE user the number is assigned to, by
 * mail and through the {@link VoicemailAnnouncer}.
 */
public final class VoicemailUseCases {
  private final VoicemailBox box;
  private final Users users;
  private final Mailer mailer;
  private final VoicemailAnnouncer announcer;
  private final Executor sender;

  public VoicemailUseCases(VoicemailBox box, Users users, Mailer mailer,
      VoicemailAnnouncer announcer, Executor sender) {
    this.box = box;
    this.users = users;
    this.mailer = mailer;
    this.announcer = announcer;
    this.sender = sender;
  }

  /** @return true when the message is new (and its notices are on their way) */
  public boolean left(Voicemail message) {
    if (!box.add(message)) {
      return false;
    }
    try {
      sender.execute(() -> announce(message));
    } catch (RejectedExecutionException e) {
      announce(message);
    }
    return true;
  }

  /** Who of {@code all} (the users the directory has with the number) is told of a message. */
  static List<User> recipients(List<User> all, Voicemail message) {
    return all.stream()
        .filter(u -> u.status() == UserStatus.ACTIVE && u.numbers().contains(message.number()))
        .toList();
  }

  private void announce(Voicemail m) {
    List<User> to;
    try {
      to = recipients(users.byNumber(m.number()), m);
    } catch (RuntimeException e) {
      return; // the message is kept; a notice that cannot be prepared never loses it
    }
    for (User u : to) {
      try {
        mailer.send(new Mail.VoicemailLeft(u, m.number(), m.caller(), m.seconds(), m.url(),
            m.at()));
      } catch (RuntimeException e) {
        // the mail adapter logs its own failures
      }
      try {
        announcer.announce(u, m);
      } catch (RuntimeException e) {
        // the announcing channel logs its own failures
      }
    }
  }
}
