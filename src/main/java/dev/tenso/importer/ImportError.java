package dev.tenso.importer;

import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One reason an import file was refused: its line (1-based), the path of the field
 * ({@code numbers[3].forwarding.ringTime}), a stable reason (an error code such as
 * {@code RING_TIME_OUT_OF_RANGE}, or an import reason such as {@code UNKNOWN_CONTRACT}) and the
 * params its text needs (the rule's limits, such as {@code min=5}, {@code max=30}). Never holds a
 * value from the file, so a secret in it cannot leak through an error. {@link ImportErrorTexts}
 * renders it in words.
 */
public record ImportError(int line, String path, String reason, Map<String, String> params)
    implements Comparable<ImportError> {
  public ImportError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    params = Map.copyOf(params);
  }

  public ImportError(int line, String path, String reason) {
    this(line, path, reason, Map.of());
  }

  static ImportError of(int line, String path, ImportReason reason) {
    return new ImportError(line, path, reason.name());
  }

  /** {@code line 12: users[0].timezone: TIMEZONE_INVALID}: the form tests and logs rely on. */
  @Override
  public String toString() {
    return "line " + line + ": " + path + ": " + reason;
  }

  /**
   * By line, then by path with list indexes compared as numbers ({@code numbers[3]} before
   * {@code numbers[10]}), then by reason and params.
   */
  @Override
  public int compareTo(ImportError o) {
    int c = Integer.compare(line, o.line);
    if (c == 0) {
      c = comparePaths(path, o.path);
    }
    if (c == 0) {
      c = reason.compareTo(o.reason);
    }
    return c != 0 ? c : new TreeMap<>(params).toString().compareTo(new TreeMap<>(o.params).toString());
  }

  /** Runs of digits compare by value, everything else character by character. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else if (a.charAt(i) != b.charAt(j)) {
        return Character.compare(a.charAt(i), b.charAt(j));
      } else {
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }
}
