package dev.tenso.importer;

import java.util.Map;
import java.util.Objects;

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

  @Override
  public int compareTo(ImportError o) {
    int c = Integer.compare(line, o.line);
    return c != 0 ? c : toString().compareTo(o.toString());
  }
}
