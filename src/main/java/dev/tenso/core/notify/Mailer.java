package dev.tenso.core.notify;

/**
 * Port: sends a mail. Failures are the adapter's to log (without the mail's codes) and report;
 * a mail that cannot be sent never undoes the change that caused it.
 */
public interface Mailer {
  /** @return true when handed to the mail server */
  boolean send(Mail mail);
}
