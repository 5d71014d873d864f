package dev.tenso.bench;

import java.util.Arrays;

/** Latencies of one measurement (nanoseconds) with the wall time they took; percentiles by rank. */
final class Samples {
  private long[] nanos = new long[1 << 14];
  private int size;
  private long wallNanos;

  void add(long n) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = n;
  }

  void addAll(Samples other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  void wall(long n) {
    wallNanos = n;
  }

  /** Adds another measurement of the same operation: its latencies and its wall time. */
  void addRound(Samples other) {
    addAll(other);
    wallNanos += other.wallNanos;
  }

  int count() {
    return size;
  }

  /** Nearest-rank percentile in milliseconds, {@code p} in (0, 100]. */
  double percentileMs(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
  }

  double maxMs() {
    return percentileMs(100);
  }

  double opsPerSecond() {
    return wallNanos == 0 ? Double.NaN : size / (wallNanos / 1e9);
  }

  String summary() {
    return String.format("n=%d  p50=%.3f ms  p90=%.3f ms  p99=%.3f ms  max=%.3f ms  %.0f ops/s",
        size, percentileMs(50), percentileMs(90), percentileMs(99), maxMs(), opsPerSecond());
  }
}
