package dev.tenso.mail;

import dev.tenso.core.notify.Mail;
import dev.tenso.core.notify.Mailer;
import dev.tenso.messages.MessageCatalog;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The {@link Mailer} over SMTP (Spring Mail): one UTF-8 plain-text mail per {@link Mail}, in the
 * recipient's language. A failure is logged with the mail's kind and the user id only (never the
 * body, a code or a token) and answered with {@code false}.
 */
public final class SmtpMailer implements Mailer {
  private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

  private final JavaMailSender sender;
  private final MailRenderer renderer;
  private final String from;

  /**
   * @param chat the conversations/ catalog (templates under {@code mail.})
   * @param from the sender address ({@code tenso.mail.from})
   * @param phoneNumber tenso's phone number for the registration mail, or blank
   */
  public SmtpMailer(JavaMailSender sender, MessageCatalog chat, String from, String phoneNumber) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.renderer = new MailRenderer(chat, phoneNumber);
    this.from = Objects.requireNonNull(from, "from");
  }

  @Override
  public boolean send(Mail mail) {
    String kind = MailRenderer.kind(mail);
    String user = mail.recipient().id().value();
    try {
      RenderedMail rendered = renderer.render(mail);
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper =
          new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(mail.recipient().email().value());
      helper.setSubject(rendered.subject());
      helper.setText(rendered.body(), false);
      message.setHeader("Content-Language", mail.recipient().language().code());
      sender.send(message);
      log.info("mail sent: kind={} user={}", kind, user);
      return true;
    } catch (Exception e) {
      // The exception itself is not logged: its message may quote the mail.
      log.warn("mail not sent: kind={} user={} reason={}", kind, user, e.getClass().getSimpleName());
      return false;
    }
  }
}
