package dev.tenso.config;

import static dev.tenso.core.directory.Language.JA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.core.notify.Mailer;
import dev.tenso.mail.EmbeddedSmtp;
import dev.tenso.testsupport.UserBuilder;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The wiring: an embedded SMTP server exactly when no SMTP host is configured. */
class MailConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(MessagesConfig.class, MailConfig.class)
      .withPropertyValues("tenso.mail.demo-log=false");

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void withoutAnSmtpHostTensoStartsItsOwnServerAndSendsThere() throws Exception {
    int port = freePort();
    runner.withPropertyValues("tenso.mail.embedded-port=" + port).run(context -> {
      EmbeddedSmtp smtp = context.getBean(EmbeddedSmtp.class);
      assertThat(smtp.port()).isEqualTo(port);
      JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
      assertThat(sender.getHost()).isEqualTo("127.0.0.1");
      assertThat(sender.getPort()).isEqualTo(port);
      assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "5000");

      User u = UserBuilder.aUser().id("u-wired").name("Taro").phone("03-1").language(JA)
          .status(UserStatus.PENDING).createdAt(Instant.EPOCH).build();
      assertThat(context.getBean(Mailer.class)
          .send(new Mail.Registration(u, "TOKEN", "12345678", Instant.EPOCH))).isTrue();
      assertThat(smtp.received()).hasSize(1);
      assertThat(smtp.received()[0].getFrom()[0].toString()).isEqualTo("tenso@localhost");
    });
  }

  @Test
  void withAnSmtpHostTheConfiguredServerIsUsedAndNoneIsStarted() {
    runner.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.port=2525",
        "tenso.mail.from=noreply@example.com").run(context -> {
          assertThat(context).doesNotHaveBean(EmbeddedSmtp.class);
          assertThat(context).hasSingleBean(Mailer.class);
          JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
          assertThat(sender.getHost()).isEqualTo("smtp.example.com");
          assertThat(sender.getPort()).isEqualTo(2525);
          assertThat(sender.getJavaMailProperties())
              .containsEntry("mail.smtp.connectiontimeout", "5000");
        });
  }
}
