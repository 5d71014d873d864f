package dev.tenso.bench;

import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.Page;
import dev.tenso.core.directory.UserSearch;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.NumberQuery;
import dev.tenso.core.inventory.NumberSearch;
import dev.tenso.core.inventory.Scope;
import dev.tenso.importer.ImportReport;
import dev.tenso.testsupport.GeneratedOrganisation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A large organisation against a small one. {@link #BIG} numbers and {@link #BIG} users (about
 * 50 MB of YAML) are imported into a fresh redis-server within the benchmark's heap (-Xmx512m),
 * with the import's time and peak heap printed; then {@code show}, {@code change} (with its
 * change notice), the caller lookup (the sign-in door's {@code identify} by caller number) and
 * pages of the user list spread over the whole directory (without a keyword and with one) and
 * pages of number search over a voice group run on it and on an
 * organisation of {@link #SMALL} of each, in alternating rounds so that a busy machine slows
 * both alike, by the same {@link #SMALL} users on their own numbers. Their p99 must stay within
 * 1.5x of the small organisation's: no request grows with the directory.
 */
final class ScaleBench {
  static final int BIG = 100_000;
  static final int SMALL = 100;
  /**
   * 10,000 samples on each side, as the cluster part: with 2,000 the p99 (the 20th slowest of a
   * sub-millisecond operation) swung by a third from one run to the next (show 0.99x, 1.34x,
   * 1.29x, 1.50x in four runs of 2026-11-29, the code they measure unchanged).
   */
  static final int ROUNDS = 100;
  static final int PER_ROUND = 100;

  private final Lab[] labs;
  private final AlternatingRounds rounds;
  private final AtomicLong destinations = new AtomicLong();

  private ScaleBench(Lab small, Lab big) {
    this.labs = new Lab[] {small, big};
    this.rounds = new AlternatingRounds(small, big, SMALL, ROUNDS, PER_ROUND);
  }

  static void run(Report report) {
    try (Lab small = new Lab(); Lab big = new Lab()) {
      report.section(String.format("Import of %,d numbers and %,d users into a fresh Redis",
          BIG, BIG));
      importGenerated(small, SMALL, report, "import.small");
      importGenerated(big, BIG, report, "import.big");
      report.note("redis used_memory " + big.redisMemory());
      System.gc();
      new ScaleBench(small, big).compare(report);
    }
  }

  private void compare(Report report) {
    report.section(String.format("%d users on their own numbers, with %,d and with %,d users"
        + " and numbers (alternating rounds of %d)", SMALL, SMALL, BIG, PER_ROUND));
    measure(report, "show", AlternatingRounds.SHOW);
    measure(report, "change", AlternatingRounds.change(destinations));
    measure(report, "caller", (lab, actor, i) -> {
      var answer = lab.signIn.identify(ChannelIdentity.of(Channel.PHONE, "CA-BENCH-" + i),
          new FirstFactorClaim.CallerNumber(GeneratedOrganisation.mobile(i)));
      if (answer.step() instanceof SignInStep.Refused) {
        throw new IllegalStateException("the caller was not found");
      }
    });
    int[] pages = new int[labs.length];
    for (int l = 0; l < labs.length; l++) {
      pages[l] = UserSearch.search(labs[l].users, "社員", 1).pageCount();
    }
    measure(report, "userList", (lab, actor, i) -> {
      int l = lab == labs[0] ? 0 : 1; // pages all over the directory: the deep ones too
      String keyword = i % 2 == 0 ? "" : "社員";
      if (UserSearch.search(lab.users, keyword, 1 + i * pages[l] / SMALL).items().isEmpty()) {
        throw new IllegalStateException("a page of the user list was empty");
      }
    });
    numbers(report);
  }

  /**
   * Pages of number search all over the first voice group (10,000 numbers in the large
   * organisation, 100 in the small), without digits (read by rank: gating) and with the last
   * four digits of a number (a walk over the voice group's index: reported only).
   */
  private void numbers(Report report) {
    int[] pages = new int[labs.length];
    for (int l = 0; l < labs.length; l++) {
      pages[l] = search(labs[l], "", 1).pageCount();
    }
    measure(report, "numberSearch", (lab, actor, i) -> {
      int l = lab == labs[0] ? 0 : 1;
      if (search(lab, "", 1 + i * pages[l] / SMALL).items().isEmpty()) {
        throw new IllegalStateException("a page of number search was empty");
      }
    });
    measure(report, "numberSearchDigits", (lab, actor, i) -> {
      if (search(lab, String.format("%04d", i), 1).total() == 0) {
        throw new IllegalStateException("number search found nothing");
      }
    });
  }

  private static Page<NumberDetails> search(Lab lab, String digits, int page) {
    return lab.inventory.search(NumberQuery.of("Y00000001", "", "", digits, page).orElseThrow(),
        Scope.everything(), NumberSearch.PAGE_SIZE);
  }

  private void measure(Report report, String name, AlternatingRounds.Op op) {
    AlternatingRounds.report(report, rounds.measure(op), "scale.small." + name,
        "scale.big." + name, "scale." + name + ".ratio",
        String.format("x (p99 with %,d users / with %d)", BIG, SMALL));
  }

  /** Writes and imports a generated organisation; reports its time and the heap it took. */
  static void importGenerated(Lab lab, int size, Report report, String name) {
    Path file = null;
    try {
      file = Files.createTempFile("tenso-bench-", ".yaml");
      GeneratedOrganisation.write(file, size, size, 40);
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      ImportReport r = lab.importer(imported -> { }).load(file.toString());
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      report.note(String.format("%s (file %.1f MB)", r, Files.size(file) / 1e6));
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
