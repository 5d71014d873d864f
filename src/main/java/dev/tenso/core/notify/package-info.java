/** Notifications (§7 of the domain) and the mails of sign-in: the {@link dev.tenso.core.notify.Mailer} port. */
package dev.tenso.core.notify;
