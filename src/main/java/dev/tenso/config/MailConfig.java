package dev.tenso.config;

import dev.tenso.core.notify.Mailer;
import dev.tenso.mail.EmbeddedSmtp;
import dev.tenso.mail.SmtpMailer;
import dev.tenso.messages.Catalogs;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Mail: the {@link Mailer} over Spring Mail. With {@code spring.mail.host} set, Spring Boot's own
 * {@link JavaMailSender} is used; without it, tenso starts an {@link EmbeddedSmtp} on
 * {@code 127.0.0.1:tenso.mail.embedded-port} and sends there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TensoMailProperties.class)
public class MailConfig {
  static final String TIMEOUT_MS = "5000";

  @Bean(destroyMethod = "close")
  @Conditional(NoSmtpHost.class)
  EmbeddedSmtp embeddedSmtp(TensoMailProperties props) {
    return EmbeddedSmtp.start("127.0.0.1", props.embeddedPort(), props.demoLog());
  }

  @Bean
  @Conditional(NoSmtpHost.class)
  JavaMailSenderImpl embeddedMailSender(EmbeddedSmtp smtp) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(smtp.host());
    sender.setPort(smtp.port());
    sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    return sender;
  }

  @Bean
  Mailer mailer(JavaMailSender sender, Catalogs catalogs, TensoMailProperties props) {
    if (sender instanceof JavaMailSenderImpl impl) {
      // JavaMail waits forever by default; a use case must not hang on a dead mail server.
      impl.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MS);
      impl.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", TIMEOUT_MS);
      impl.getJavaMailProperties().putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MS);
    }
    return new SmtpMailer(sender, catalogs.chat(), props.from(), props.phoneNumber());
  }

  /** True when neither {@code spring.mail.host} nor {@code spring.mail.jndi-name} is set. */
  static final class NoSmtpHost implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      var env = context.getEnvironment();
      return !StringUtils.hasText(env.getProperty("spring.mail.host"))
          && !StringUtils.hasText(env.getProperty("spring.mail.jndi-name"));
    }
  }
}
