package dev.tenso.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tenso.mail.*}: how tenso sends mail. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} tenso runs an embedded one.
 *
 * @param from the sender address of every mail
 * @param embeddedPort the port of the embedded SMTP server (on 127.0.0.1)
 * @param demoLog print each mail the embedded server receives to the log (codes included)
 * @param phoneNumber tenso's own phone number, told in the registration mail (blank: not told)
 */
@ConfigurationProperties("tenso.mail")
public record TensoMailProperties(
    @DefaultValue("tenso@localhost") String from,
    @DefaultValue("3025") int embeddedPort,
    @DefaultValue("true") boolean demoLog,
    String phoneNumber) {

  public TensoMailProperties {
    phoneNumber = phoneNumber == null ? "" : phoneNumber.strip();
  }
}
