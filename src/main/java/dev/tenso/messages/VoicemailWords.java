package dev.tenso.messages;

import dev.tenso.core.directory.Language;
import dev.tenso.core.inventory.IpNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * A voicemail message as its recipient reads it, by mail or in a chat: the number, the caller
 * (their number, or 非通知 when withheld or not a number), its length, the recording's URL and
 * when, in the recipient's zone. The parameters of {@code mail.voicemail.body} and
 * {@code slack.voicemail.left}.
 */
public final class VoicemailWords {
  private final MessageCatalog chat;
  private final TimeWords times;

  public VoicemailWords(MessageCatalog chat) {
    this.chat = chat;
    this.times = new TimeWords(chat);
  }

  public Map<String, String> params(IpNumber number, String caller, int seconds, String url,
      Instant at, Language lang, ZoneId zone) {
    return Map.of(
        "number", number.display(),
        "caller", caller == null || !caller.matches("\\+?[0-9]+")
            ? chat.text("mail.voicemail.unknownCaller", lang) : caller,
        "seconds", Integer.toString(seconds),
        "url", url == null ? "" : url,
        "at", times.dateTime(at, zone, lang));
  }
}
