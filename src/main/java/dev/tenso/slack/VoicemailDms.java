package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import dev.tenso.core.directory.User;
import dev.tenso.core.voicemail.Voicemail;
import dev.tenso.core.voicemail.VoicemailAnnouncer;
import dev.tenso.messages.VoicemailWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a user of a new voicemail message by a DM from the bot ({@code chat.postMessage} to
 * their linked Slack user id), in their language and time zone; a user not linked to Slack is
 * told by mail only. A failure is logged by its kind and loses nothing (the message is kept and
 * mailed).
 */
final class VoicemailDms implements VoicemailAnnouncer {
  private static final Logger LOG = LoggerFactory.getLogger(VoicemailDms.class);

  private final Parts p;
  private final VoicemailWords words;
  private final MethodsClient client;

  VoicemailDms(Parts p, MethodsClient client) {
    this.p = p;
    this.words = new VoicemailWords(p.core().chat());
    this.client = client;
  }

  @Override
  public void announce(User recipient, Voicemail m) {
    if (recipient.slackId().isEmpty()) {
      return;
    }
    String text = p.texts().t("slack.voicemail.left", recipient.language(), words.params(
        m.number(), m.caller(), m.seconds(), m.url(), m.at(), recipient.language(),
        recipient.timezone()));
    try {
      Answer.direct(client, recipient.slackId()).send(Reply.of(text));
    } catch (RuntimeException e) {
      LOG.warn("Slack voicemail notice not given: {}", Later.describe(e));
    }
  }
}
