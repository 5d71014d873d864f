package dev.tenso.voice;

import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the phone says, from {@code ivr-scripts/}: a text by key in a language, as a {@code <Say>}
 * in {@code ja-JP} or {@code en-US}; numbers digit by digit (ゼロ, never オー); error codes from
 * {@code ivr-scripts/errors.yaml}.
 */
final class Spoken {
  private final MessageCatalog spoken;

  Spoken(MessageCatalog spoken) {
    this.spoken = spoken;
  }

  String text(String key, Language lang, Map<String, String> params) {
    return spoken.text(key, lang, params);
  }

  String text(String key, Language lang) {
    return spoken.text(key, lang);
  }

  /** {@code 090-1234} as ゼロ、きゅう、ゼロ、いち、に、さん、よん (non-digits are skipped). */
  String digits(String number, Language lang) {
    StringBuilder out = new StringBuilder();
    String separator = spoken.text("digits.separator", lang);
    for (char c : number.toCharArray()) {
      if (c >= '0' && c <= '9') {
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(spoken.text("digits." + c, lang));
      }
    }
    return out.toString();
  }

  /** The spoken text of a refusal, with its params (a time said in {@code zone}). */
  Speech error(Violation v, Language lang, ZoneId zone) {
    Map<String, String> params = new HashMap<>(v.params());
    params.computeIfPresent("until", (k, at) -> time(Instant.parse(at), zone, lang));
    return new Speech(spoken.text("errors." + v.code().name(), lang, params), lang);
  }

  /** Every refusal, in order. */
  List<Speech> errors(List<Violation> violations, Language lang, ZoneId zone) {
    return violations.stream().map(v -> error(v, lang, zone)).toList();
  }

  /** A time as said in {@code zone} ({@code ivr-scripts/formats.yaml}). */
  String time(Instant at, ZoneId zone, Language lang) {
    return DateTimeFormatter.ofPattern(spoken.text("formats.dateTime", lang),
        lang == Language.JA ? Locale.JAPANESE : Locale.ENGLISH).format(at.atZone(zone));
  }

  Speech line(String key, Language lang, Map<String, String> params) {
    return new Speech(spoken.text(key, lang, params), lang);
  }

  Speech line(String key, Language lang) {
    return line(key, lang, Map.of());
  }

  static Say say(String text, Language lang) {
    return new Say.Builder(text).language(lang == Language.JA ? Say.Language.JA_JP
        : Say.Language.EN_US).build();
  }

  static Gather.Language gatherLanguage(Language lang) {
    return lang == Language.JA ? Gather.Language.JA_JP : Gather.Language.EN_US;
  }
}
