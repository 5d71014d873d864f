package dev.tenso.bench;

/**
 * Runs every benchmark on a fresh redis-server with the demo organisation, then checks the
 * {@link Targets}: exit code 0 when all are met, 1 otherwise (2 when the harness itself failed).
 * {@code -Dbench.only=slack} or {@code phone} (in {@code bench.jvmArgs}) runs that channel's
 * benchmark alone, {@code cluster} the comparison with a Redis Cluster, {@code scale} the large
 * organisation against the small one, and checks only the targets it measured.
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) {
    Report report = new Report();
    long start = System.nanoTime();
    try (Lab lab = new Lab()) {
      report.note("redis-server on port " + lab.server.port() + ", demo organisation imported; "
          + Runtime.getRuntime().availableProcessors() + " processors, Java "
          + System.getProperty("java.version"));
      String only = System.getProperty("bench.only", "");
      if (only.isEmpty()) {
        new ForwardingBench(lab, report).run();
        RulesBench.run(lab, report);
        TotpBench.run(lab, report);
      }
      if (only.isEmpty() || only.equals("phone")) {
        PhoneBench.run(report);
      }
      if (only.isEmpty() || only.equals("slack")) {
        new SlackBench(lab, report).run();
      }
      report.section("Memory after the run");
      report.note("redis used_memory " + lab.redisMemory());
      Runtime rt = Runtime.getRuntime();
      report.note(String.format("JVM heap used %.0f MiB of %.0f MiB max",
          (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0));
      report.note("change notices handed to the mailer: " + lab.mails.sum());
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(2);
    }
    boolean all = System.getProperty("bench.only", "").isEmpty();
    try {
      if (all || System.getProperty("bench.only", "").equals("scale")) {
        ScaleBench.run(report);
      }
      if (all || System.getProperty("bench.only", "").equals("cluster")) {
        ClusterBench.run(report);
      }
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(2);
    }
    report.note(String.format("benchmarks took %.1f s", (System.nanoTime() - start) / 1e9));
    System.exit(Targets.check(report, all) ? 0 : 1);
  }
}
