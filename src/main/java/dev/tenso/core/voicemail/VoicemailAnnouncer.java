package dev.tenso.core.voicemail;

import dev.tenso.core.directory.User;

/**
 * Port: tells one user of a new message through a channel of their own (the Slack channel
 * implements it with a DM). A failure is the adapter's to log; it never loses the message.
 */
public interface VoicemailAnnouncer {
  void announce(User recipient, Voicemail message);

  /** For when no channel announces anything (Slack is off). */
  static VoicemailAnnouncer none() {
    return (recipient, message) -> { };
  }
}
