package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import dev.tenso.core.notify.Mail;
import dev.tenso.core.notify.Mailer;
import dev.tenso.testsupport.SecretsSeen;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A double of the mail port that keeps every mail (and remembers every code in it). */
public final class RecordingMailer implements Mailer {
  private final List<Mail> sent = new CopyOnWriteArrayList<>();

  @Override
  public boolean send(Mail mail) {
    if (mail instanceof Mail.MailCode m) {
      SecretsSeen.remember(m.code());
    } else if (mail instanceof Mail.Registration r) {
      SecretsSeen.remember(r.linkToken());
      SecretsSeen.remember(r.keypadCode());
    }
    sent.add(mail);
    return true;
  }

  List<Mail> to(UserId user) {
    return sent.stream().filter(m -> m.recipient().id().equals(user)).toList();
  }

  Mail.MailCode lastCode(UserId user) {
    return (Mail.MailCode) to(user).stream().filter(m -> m instanceof Mail.MailCode)
        .reduce((a, b) -> b).orElseThrow();
  }

  Mail.Registration lastRegistration(UserId user) {
    return (Mail.Registration) to(user).stream().filter(m -> m instanceof Mail.Registration)
        .reduce((a, b) -> b).orElseThrow();
  }
}
