/**
 * The SMTP adapter of the {@link dev.tenso.core.notify.Mailer} port: renders each
 * {@link dev.tenso.core.notify.Mail} from {@code conversations/mail/} in the recipient's language
 * and time zone and sends it with Spring Mail; and the embedded SMTP server (GreenMail) used when
 * no SMTP host is configured, which prints each mail to the log as clearly marked demo output.
 */
package dev.tenso.mail;
