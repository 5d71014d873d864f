package dev.tenso.mail;

import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.notify.Mail;
import dev.tenso.messages.ForwardingWords;
import dev.tenso.messages.MessageCatalog;
import dev.tenso.messages.TimeWords;
import dev.tenso.messages.VoicemailWords;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a {@link Mail} from the templates {@code conversations/mail/<kind>.yaml} in the
 * recipient's language, every time in the recipient's zone with the zone shown.
 */
final class MailRenderer {
  private final MessageCatalog chat;
  private final ForwardingWords forwarding;
  private final TimeWords times;
  private final VoicemailWords voicemail;
  private final String phoneNumber;

  /** @param phoneNumber tenso's own phone number for the registration mail, or blank */
  MailRenderer(MessageCatalog chat, String phoneNumber) {
    this.chat = chat;
    this.forwarding = new ForwardingWords(chat);
    this.times = new TimeWords(chat);
    this.voicemail = new VoicemailWords(chat);
    this.phoneNumber = phoneNumber == null ? "" : phoneNumber.strip();
  }

  /** The template name, also what a log line may say about a mail. */
  static String kind(Mail mail) {
    if (mail instanceof Mail.Registration) {
      return "registration";
    }
    if (mail instanceof Mail.VoicemailLeft) {
      return "voicemail";
    }
    return mail instanceof Mail.MailCode ? "mail-code" : "forwarding-changed";
  }

  RenderedMail render(Mail mail) {
    User to = mail.recipient();
    Language lang = to.language();
    Map<String, String> params;
    if (mail instanceof Mail.Registration r) {
      params = Map.of(
          "name", to.name(),
          "token", r.linkToken(),
          "keypadCode", r.keypadCode(),
          "phoneNumber", phoneNumber.isEmpty()
              ? chat.text("mail.registration.phoneNumberUnknown", lang) : phoneNumber,
          "expiresAt", times.dateTime(r.expiresAt(), to.timezone(), lang));
    } else if (mail instanceof Mail.MailCode c) {
      params = Map.of(
          "name", to.name(),
          "code", c.code(),
          "expiresAt", times.dateTime(c.expiresAt(), to.timezone(), lang));
    } else if (mail instanceof Mail.VoicemailLeft v) {
      params = new HashMap<>(voicemail.params(v.number(), v.caller(), v.seconds(), v.url(),
          v.at(), lang, to.timezone()));
      params.put("name", to.name());
    } else {
      Mail.ForwardingChanged f = (Mail.ForwardingChanged) mail;
      params = Map.of(
          "name", to.name(),
          "number", f.number().display(),
          "before", forwarding.summary(f.before(), lang),
          "after", forwarding.summary(f.after(), lang),
          "changedBy", f.changedBy(),
          "channel", forwarding.channel(f.channel(), lang),
          "at", times.dateTime(f.at(), to.timezone(), lang));
    }
    String prefix = "mail." + kind(mail) + ".";
    return new RenderedMail(
        chat.text(prefix + "subject", lang, params), chat.text(prefix + "body", lang, params));
  }
}
