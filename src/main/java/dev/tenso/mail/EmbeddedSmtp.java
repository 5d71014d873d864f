package dev.tenso.mail;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default for mail: an in-process SMTP server (GreenMail) on a local address, used
 * when no {@code spring.mail.host} is configured. With demo logging on, each mail it receives is
 * printed to the log, clearly marked: the one place where a code may appear in a log, so that a
 * newcomer can sign in without a mail server. Switch it off with {@code tenso.mail.demo-log=false}.
 */
public final class EmbeddedSmtp implements AutoCloseable {
  static final String DEMO_HEADER = "==== DEMO MAIL (no SMTP server configured;"
      + " codes are shown here only in this demo mode) ====";
  static final String DEMO_FOOTER = "==== END OF DEMO MAIL ====";
  private static final String OUTBOX = "outbox@localhost";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

  private final GreenMail greenMail;

  private EmbeddedSmtp(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  /**
   * Starts the server on {@code host:port} ({@code port} 0 picks a free one). When the port is
   * taken (another tenso, a test context), a free port is used instead, with a warning: the mail
   * sender is pointed at whatever port the server got.
   */
  public static EmbeddedSmtp start(String host, int port, boolean demoLog) {
    ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
    GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.stop();
      log.warn("Embedded SMTP port {}:{} is not available ({}); using a free port instead",
          host, port, e.getClass().getSimpleName());
      server = new GreenMail(setup.dynamicPort());
      server.start();
    }
    // Every mail goes to one mailbox: GreenMail would otherwise create a user per recipient and
    // log "Created user ... with password <the address>", which reads like a leaked password.
    GreenMailUser outbox = server.setUser(OUTBOX, OUTBOX, randomPassword());
    server.getUserManager().setMessageDeliveryHandler((message, to) -> {
      if (demoLog) {
        printDemo(message, to);
      }
      return outbox;
    });
    EmbeddedSmtp smtp = new EmbeddedSmtp(server);
    log.info("No SMTP server configured (spring.mail.host): tenso runs an embedded SMTP server on"
        + " {}:{}; mails stay on this machine{}", host, smtp.port(),
        demoLog ? " and are printed to this log (tenso.mail.demo-log=false to stop)" : "");
    return smtp;
  }

  public String host() {
    return greenMail.getSmtp().getServerSetup().getBindAddress();
  }

  public int port() {
    return greenMail.getSmtp().getPort();
  }

  /** Every mail received so far (for tests and the demo). */
  public MimeMessage[] received() {
    return greenMail.getReceivedMessages();
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static void printDemo(MovingMessage message, MailAddress to) {
    try {
      MimeMessage m = message.getMessage();
      Object content = m.getContent();
      log.info("\n{}\nTo: {}\nSubject: {}\n\n{}\n{}", DEMO_HEADER, to.getEmail(), m.getSubject(),
          content instanceof String s ? s.stripTrailing() : "(not plain text)", DEMO_FOOTER);
    } catch (Exception e) {
      log.warn("demo mail could not be printed: {}", e.getClass().getSimpleName());
    }
  }
}
