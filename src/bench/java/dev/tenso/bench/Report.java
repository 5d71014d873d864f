package dev.tenso.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The measured values by name, printed as they come, for {@link Targets} to check at the end. */
final class Report {
  private final Map<String, Double> values = new LinkedHashMap<>();

  void section(String title) {
    System.out.println();
    System.out.println("== " + title);
  }

  void samples(String name, Samples s) {
    System.out.println("  " + name + ": " + s.summary());
    values.put(name + ".p50", s.percentileMs(50));
    values.put(name + ".p99", s.percentileMs(99));
    values.put(name + ".ops", s.opsPerSecond());
  }

  void value(String name, double v, String unit) {
    System.out.printf("  %s: %s %s%n", name,
        v == Math.rint(v) ? String.format("%.0f", v) : String.format("%.3f", v), unit);
    values.put(name, v);
  }

  void note(String text) {
    System.out.println("  " + text);
  }

  double get(String name) {
    Double v = values.get(name);
    return v == null ? Double.NaN : v;
  }
}
