package dev.tenso.importer;

/**
 * How large a file the import takes. Raised on purpose from SnakeYAML's defaults (3 MiB of code
 * points, 50 aliases of lists or maps), which refused real organisations: a file of
 * {@link #DEFAULT} takes an organisation of 100,000 numbers and 100,000 users (about 50 MB) with
 * room to spare, within about 512 MB of heap. The file is read as a stream, one row at a time,
 * so neither limit guards memory by itself; they bound what one file may ask of tenso.
 *
 * @param maxBytes the largest file, in bytes (told as "larger than N MB", N = maxBytes / 2^20)
 * @param maxAliases the most aliases ({@code *name}) of a list or map one file may use (an alias
 *     of a plain value costs nothing and is not counted)
 */
record ImportLimits(long maxBytes, int maxAliases) {
  static final ImportLimits DEFAULT = new ImportLimits(64L << 20, 500_000);

  long maxMegabytes() {
    return maxBytes >> 20;
  }
}
