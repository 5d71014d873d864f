package dev.tenso.voice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parameters of a webhook, parsed once from the raw bytes as the servlet container parses a
 * form ({@code application/x-www-form-urlencoded}: {@code &}-separated, {@code +} a space,
 * {@code %XX} a byte; a name without a value has the empty value; empty names are skipped): the
 * body's (what Twilio signs) and the query's (part of the signed URL), the first value of each
 * name. {@link #param} reads them as the servlet's {@code getParameter} does, query first.
 */
final class WebhookForm {
  private final SortedMap<String, String> body;
  private final SortedMap<String, String> query;

  private WebhookForm(SortedMap<String, String> body, SortedMap<String, String> query) {
    this.body = body;
    this.query = query;
  }

  /**
   * The form of {@code body} (decoded in {@code charset}) and of the raw query string; empty
   * when either is not a well-formed form.
   */
  static Optional<WebhookForm> of(byte[] body, Charset charset, String queryString) {
    SortedMap<String, String> b = parse(body, charset);
    SortedMap<String, String> q = queryString == null || queryString.isEmpty()
        ? Collections.emptySortedMap()
        : parse(queryString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    return b == null || q == null ? Optional.empty()
        : Optional.of(new WebhookForm(b, q));
  }

  /** The body's parameters, in name order: what the signature covers besides the URL. */
  SortedMap<String, String> body() {
    return body;
  }

  /** The first value of {@code name}, the query's before the body's; null when absent. */
  String param(String name) {
    String v = query.get(name);
    return v != null ? v : body.get(name);
  }

  /** Each name's first value, or null when a part cannot be decoded. */
  static SortedMap<String, String> parse(byte[] in, Charset charset) {
    int length = in.length;
    SortedMap<String, String> out = new TreeMap<>();
    int start = 0;
    while (start <= length) {
      int end = indexOf(in, (byte) '&', start, length);
      int eq = indexOf(in, (byte) '=', start, end);
      if (eq > start) {
        String name = decode(in, start, eq, charset);
        String value = eq < end ? decode(in, eq + 1, end, charset) : "";
        if (name == null || value == null) {
          return null;
        }
        out.putIfAbsent(name, value);
      }
      start = end + 1;
    }
    return out;
  }

  private static int indexOf(byte[] in, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (in[i] == b) {
        return i;
      }
    }
    return to;
  }

  /** {@code in[from, to)} with {@code +} and {@code %XX} decoded; null when malformed. */
  private static String decode(byte[] in, int from, int to, Charset charset) {
    int i = from;
    while (i < to && in[i] != '+' && in[i] != '%') {
      i++;
    }
    if (i == to) {
      return new String(in, from, to - from, charset);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
    out.write(in, from, i - from);
    for (; i < to; i++) {
      byte c = in[i];
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        int hi = i + 2 < to ? Character.digit(in[i + 1], 16) : -1;
        int lo = hi >= 0 ? Character.digit(in[i + 2], 16) : -1;
        if (lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toString(charset);
  }
}
