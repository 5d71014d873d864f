package dev.tenso.redis;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants the codecs stored ({@link Instant#toString()}: {@code
 * 2026-11-29T01:02:03Z}, with 3, 6 or 9 digits of fraction when there is one) without the
 * general ISO parser, which costs more than the rest of a user record's decoding; anything else
 * goes to {@link Instant#parse}.
 */
final class Instants {
  private Instants() {}

  static Instant parse(String text) {
    int n = text.length();
    if (n < 20 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || text.charAt(n - 1) != 'Z' || (n > 20 && text.charAt(19) != '.')) {
      return Instant.parse(text);
    }
    try {
      int year = digits(text, 0, 4);
      long day = LocalDate.of(year, digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      if (hour > 23 || minute > 59 || second > 59) {
        return Instant.parse(text);
      }
      int nanos = 0;
      if (n > 20) {
        int fraction = n - 21;
        if (fraction < 1 || fraction > 9) {
          return Instant.parse(text);
        }
        nanos = digits(text, 20, n - 1);
        for (int i = fraction; i < 9; i++) {
          nanos *= 10;
        }
      }
      return Instant.ofEpochSecond(day * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    } catch (NumberFormatException | DateTimeException e) {
      return Instant.parse(text);
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException();
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
