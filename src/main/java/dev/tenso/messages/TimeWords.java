package dev.tenso.messages;

import dev.tenso.core.directory.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times as a user reads them: in the user's zone, with the zone shown, in the pattern of
 * {@code conversations/formats.yaml} ({@code 2026年11月24日 17:00:55 (JST)},
 * {@code 24 Nov 2026 17:00:55 JST}).
 */
public final class TimeWords {
  private final Map<Language, DateTimeFormatter> formats = new EnumMap<>(Language.class);

  public TimeWords(MessageCatalog chat) {
    for (Language l : Language.values()) {
      Locale locale = l == Language.JA ? Locale.JAPANESE : Locale.ENGLISH;
      formats.put(l, DateTimeFormatter.ofPattern(chat.text("formats.dateTime", l), locale));
    }
  }

  public String dateTime(Instant at, ZoneId zone, Language lang) {
    return formats.get(lang).format(at.atZone(zone));
  }
}
