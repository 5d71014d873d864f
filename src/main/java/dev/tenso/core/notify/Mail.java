package dev.tenso.core.notify;

import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.User;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.IpNumber;
import java.time.Instant;

/**
 * The mails tenso sends. The mail adapter renders each from {@code conversations/mail/} in the
 * recipient's language, with every time in the recipient's time zone. Records holding a code
 * print no field in {@code toString()}, so a stray log line cannot leak it.
 */
public sealed interface Mail
    permits Mail.Registration, Mail.MailCode, Mail.ForwardingChanged, Mail.VoicemailLeft {

  User recipient();

  /** ご利用開始案内メール: the registration code (link token and keypad form) and its expiry. */
  record Registration(User recipient, String linkToken, String keypadCode, Instant expiresAt)
      implements Mail {
    @Override
    public String toString() {
      return "Registration[" + recipient.id() + "]";
    }
  }

  /** メールワンタイムパスワード: a 6-digit code and its expiry. */
  record MailCode(User recipient, String code, Instant expiresAt) implements Mail {
    @Override
    public String toString() {
      return "MailCode[" + recipient.id() + "]";
    }
  }

  /** モバイル回線通知メール: a number's forwarding changed (§7 of the domain). */
  record ForwardingChanged(
      User recipient,
      IpNumber number,
      ForwardingSetting before,
      ForwardingSetting after,
      String changedBy,
      Channel channel,
      Instant at)
      implements Mail {}

  /**
   * A caller left a message (留守番電話) on a number the recipient has.
   *
   * @param caller the caller's number as telephony sent it (may be empty)
   * @param url where the recording can be played
   */
  record VoicemailLeft(
      User recipient, IpNumber number, String caller, int seconds, String url, Instant at)
      implements Mail {}
}
