package dev.tenso.mail;

import static dev.tenso.mail.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.UserManager;
import dev.tenso.core.directory.Language;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.LogCapture;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The embedded default: a real in-process SMTP server, printing mails only in demo mode. */
class EmbeddedSmtpTest {
  private static final Instant EXPIRES = Instant.parse("2026-11-24T08:00:55Z");

  private static SmtpMailer mailerFor(EmbeddedSmtp smtp) {
    return new SmtpMailer(SmtpMailerTest.sender(smtp.port()), SmtpMailerTest.CHAT,
        "tenso@localhost", "");
  }

  @Test
  void withDemoLogEachReceivedMailIsPrintedClearlyMarked() {
    try (LogCapture log = new LogCapture(EmbeddedSmtp.class);
        EmbeddedSmtp smtp = EmbeddedSmtp.start("127.0.0.1", 0, true)) {
      boolean sent = mailerFor(smtp).send(
          new Mail.MailCode(user("u-demo", "Taro", Language.EN, "Asia/Tokyo"), "418273", EXPIRES));

      assertThat(sent).isTrue();
      assertThat(smtp.received()).hasSize(1);
      assertThat(log.lines()).anySatisfy(l -> assertThat(l)
          .startsWith("No SMTP server configured").contains("127.0.0.1:" + smtp.port()));
      assertThat(log.lines()).anySatisfy(l -> assertThat(l)
          .contains(EmbeddedSmtp.DEMO_HEADER, "To: u-demo@example.com",
              "Subject: [tenso] Your one-time code", "One-time code: 418273",
              EmbeddedSmtp.DEMO_FOOTER));
    }
  }

  @Test
  void withoutDemoLogNothingOfTheMailReachesTheLog() {
    try (LogCapture log = new LogCapture(EmbeddedSmtp.class);
        EmbeddedSmtp smtp = EmbeddedSmtp.start("127.0.0.1", 0, false)) {
      boolean sent = mailerFor(smtp).send(
          new Mail.MailCode(user("u-quiet", "Taro", Language.JA, "Asia/Tokyo"), "902615", EXPIRES));

      assertThat(sent).isTrue();
      assertThat(smtp.received()).hasSize(1);
      assertThat(log.all()).doesNotContain("DEMO MAIL", "902615").contains("No SMTP server");
    }
  }

  @Test
  void noMailServerUserIsCreatedSoNoLineNamesAnAddressAsItsPassword() {
    try (LogCapture greenMail = new LogCapture(UserManager.class);
        EmbeddedSmtp smtp = EmbeddedSmtp.start("127.0.0.1", 0, false)) {
      mailerFor(smtp).send(new Mail.MailCode(
          user("u-pass", "Taro", Language.EN, "Asia/Tokyo"), "730114", EXPIRES));
      mailerFor(smtp).send(new Mail.MailCode(
          user("u-pass2", "Hanako", Language.JA, "Asia/Tokyo"), "730115", EXPIRES));

      assertThat(smtp.received()).hasSize(2);
      assertThat(greenMail.all()).doesNotContain("password", "u-pass");
    }
  }

  @Test
  void theLatestMailsAreKeptNewestFirstAndNoMoreThanTheLimit() {
    try (EmbeddedSmtp smtp = EmbeddedSmtp.start("127.0.0.1", 0, false, 3)) {
      for (int i = 1; i <= 5; i++) {
        mailerFor(smtp).send(new Mail.MailCode(
            user("u-box" + i, "Taro", Language.EN, "Asia/Tokyo"), "55501" + i, EXPIRES));
      }

      var latest = smtp.recent(2);
      assertThat(latest).extracting(EmbeddedSmtp.ReceivedMail::to)
          .containsExactly("u-box5@example.com", "u-box4@example.com");
      assertThat(latest.get(0).subject()).isEqualTo("[tenso] Your one-time code");
      assertThat(latest.get(0).text()).contains("One-time code: 555015");
      assertThat(smtp.recent(100)).extracting(EmbeddedSmtp.ReceivedMail::to).containsExactly(
          "u-box5@example.com", "u-box4@example.com", "u-box3@example.com");
    }
  }

  @Test
  void aTakenPortFallsBackToAFreeOneThatStillReceives() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        LogCapture log = new LogCapture(EmbeddedSmtp.class);
        EmbeddedSmtp smtp = EmbeddedSmtp.start("127.0.0.1", taken.getLocalPort(), false)) {
      assertThat(smtp.port()).isNotEqualTo(taken.getLocalPort()).isPositive();
      assertThat(log.all()).contains("is not available");
      assertThat(mailerFor(smtp).send(new Mail.MailCode(
          user("u-port", "Taro", Language.JA, "Asia/Tokyo"), "111222", EXPIRES))).isTrue();
      assertThat(smtp.received()).hasSize(1);
    }
  }
}
