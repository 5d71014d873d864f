package dev.tenso.mail;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
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
  /** How many of the latest mails {@link #recent} keeps. */
  static final int RECENT = 100;
  private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

  private final GreenMail greenMail;
  private final Deque<ReceivedMail> recent = new ArrayDeque<>();
  private final int keep;

  private EmbeddedSmtp(GreenMail greenMail, int keep) {
    this.greenMail = greenMail;
    this.keep = keep;
  }

  /** A mail as the demo mailbox shows it: its recipient, subject and plain text. */
  public record ReceivedMail(Instant at, String to, String subject, String text) {
    @Override
    public String toString() {
      return "ReceivedMail[" + at + "]";
    }
  }

  /**
   * Starts the server on {@code host:port} ({@code port} 0 picks a free one). When the port is
   * taken (another tenso, a test context), a free port is used instead, with a warning: the mail
   * sender is pointed at whatever port the server got.
   */
  public static EmbeddedSmtp start(String host, int port, boolean demoLog) {
    return start(host, port, demoLog, RECENT);
  }

  /** As {@link #start(String, int, boolean)}, keeping the latest {@code keep} mails. */
  static EmbeddedSmtp start(String host, int port, boolean demoLog, int keep) {
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
    EmbeddedSmtp smtp = new EmbeddedSmtp(server, keep);
    server.getUserManager().setMessageDeliveryHandler((message, to) -> {
      smtp.keep(message, to);
      if (demoLog) {
        printDemo(message, to);
      }
      return outbox;
    });
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

  /**
   * The latest mails received (at most {@value #RECENT} are kept, one entry per recipient),
   * newest first: the console's mailbox. Reads no more than it returns.
   */
  public List<ReceivedMail> recent(int limit) {
    synchronized (recent) {
      List<ReceivedMail> out = new ArrayList<>(Math.min(limit, recent.size()));
      var it = recent.descendingIterator();
      while (it.hasNext() && out.size() < limit) {
        out.add(it.next());
      }
      return out;
    }
  }

  private void keep(MovingMessage message, MailAddress to) {
    ReceivedMail mail;
    try {
      MimeMessage m = message.getMessage();
      mail = new ReceivedMail(Instant.now(), to.getEmail(), m.getSubject(), text(m.getContent()));
    } catch (Exception e) {
      log.warn("a mail could not be read for the demo mailbox: {}", e.getClass().getSimpleName());
      return;
    }
    synchronized (recent) {
      recent.addLast(mail);
      while (recent.size() > keep) {
        recent.removeFirst();
      }
    }
  }

  private static String text(Object content) {
    return content instanceof String s ? s.stripTrailing() : "(not plain text)";
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
          text(content), DEMO_FOOTER);
    } catch (Exception e) {
      log.warn("demo mail could not be printed: {}", e.getClass().getSimpleName());
    }
  }
}
