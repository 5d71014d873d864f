package dev.tenso.bench;

import dev.tenso.importer.ImportReport;
import dev.tenso.testsupport.GeneratedOrganisation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large organisation: {@link #BIG} numbers and {@link #BIG} users (about 50 MB of YAML)
 * imported into a fresh redis-server within the benchmark's heap (-Xmx512m), with the import's
 * time and peak heap printed.
 */
final class ScaleBench {
  static final int BIG = 100_000;

  private ScaleBench() {}

  static void run(Report report) {
    report.section(String.format("Import of %,d numbers and %,d users into a fresh Redis", BIG, BIG));
    try (Lab big = new Lab()) {
      importGenerated(big, BIG, report, "import.big");
      report.note("redis used_memory " + big.redisMemory());
    }
  }

  /** Writes and imports a generated organisation; reports its time and the heap it took. */
  static void importGenerated(Lab lab, int size, Report report, String name) {
    Path file = null;
    try {
      file = Files.createTempFile("tenso-bench-", ".yaml");
      GeneratedOrganisation.write(file, size, size, 40);
      report.note(String.format("file %.1f MB", Files.size(file) / 1e6));
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      ImportReport r = lab.importer(imported -> { }).load(file.toString());
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      report.note(r.toString());
      report.value(name + ".seconds", seconds, "s");
      report.value(name + ".peakHeapMiB", peak / 1048576.0, "MiB peak heap used (max "
          + Runtime.getRuntime().maxMemory() / 1048576 + " MiB)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        file.toFile().delete();
      }
    }
  }
}
