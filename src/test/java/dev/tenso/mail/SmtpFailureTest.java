package dev.tenso.mail;

import static dev.tenso.mail.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.LogCapture;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A mail server that cannot be reached: the mailer says false and logs no body and no code. */
class SmtpFailureTest {

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void anUnreachableServerGivesFalseAndALogLineWithoutTheCode() throws Exception {
    SmtpMailer mailer = new SmtpMailer(SmtpMailerTest.sender(closedPort()),
        SmtpMailerTest.CHAT, "tenso@localhost", "");
    var user = user("u-fail", "Taro", Language.JA, "Asia/Tokyo");
    Instant expires = Instant.parse("2026-11-24T08:00:55Z");

    try (LogCapture log = new LogCapture(SmtpMailer.class)) {
      assertThat(mailer.send(new Mail.MailCode(user, "731904", expires))).isFalse();
      assertThat(mailer.send(new Mail.Registration(user, "SECRETTOKEN123", "55501234", expires)))
          .isFalse();

      assertThat(log.lines()).containsExactly(
          "mail not sent: kind=mail-code user=u-fail reason=MailSendException",
          "mail not sent: kind=registration user=u-fail reason=MailSendException");
      assertThat(log.all()).doesNotContain("731904", "SECRETTOKEN123", "55501234", "ワンタイム");
    }
  }
}
