package dev.tenso.importer;

/**
 * One reason an import file was refused: its line (1-based), the path of the field
 * ({@code numbers[3].forwarding.ringTime}) and a stable reason (an error code such as
 * {@code RING_TIME_OUT_OF_RANGE}, or an import reason such as {@code UNKNOWN_CONTRACT}). Never
 * holds a value from the file, so a secret in it cannot leak through an error.
 */
public record ImportError(int line, String path, String reason) implements Comparable<ImportError> {
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
