package dev.tenso.bench;

import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.GeneratedOrganisation;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same organisation of {@link #SIZE} users and numbers on one redis-server and on a
 * three-primary Redis Cluster (started here from the same redis-server binary, slots assigned
 * evenly), the routing answer's read, {@code show} and {@code change} (with its audit feed and
 * change notice) in alternating rounds: on the cluster every script touches one slot, so their
 * p99 stays near the single server's (targets: routing and show within 1.2x, change within
 * 1.5x; a change also feeds the audit views, whose streams are on other primaries).
 */
final class ClusterBench {
  static final int SIZE = 1_000;
  static final int USERS = 100;
  static final int ROUNDS = 100;
  static final int PER_ROUND = 100;
  private static final String RATIO = "x (p99 on the cluster / on one server)";

  private final AlternatingRounds rounds;
  private final AtomicLong destinations = new AtomicLong();

  private ClusterBench(Lab single, Lab cluster) {
    this.rounds = new AlternatingRounds(single, cluster, USERS, ROUNDS, PER_ROUND);
  }

  static void run(Report report) {
    try (Lab single = new Lab(); Lab cluster = Lab.onCluster()) {
      report.section(String.format("%,d users and numbers on one redis-server and on a"
          + " three-primary cluster (alternating rounds of %d)", SIZE, PER_ROUND));
      ScaleBench.importGenerated(single, SIZE, report, "import.single");
      ScaleBench.importGenerated(cluster, SIZE, report, "import.cluster");
      new ClusterBench(single, cluster).compare(report);
    }
  }

  private void compare(Report report) {
    // a routing read takes some 50 us: ten times the rounds, so its p99 is the tail, not a hiccup
    AlternatingRounds.report(report, rounds.measure((lab, actor, i) -> {
      if (lab.routing.route(IpNumber.of(GeneratedOrganisation.number(i)).e164()).isEmpty()) {
        throw new IllegalStateException("no routing record");
      }
    }, ROUNDS * 10), "cluster.single.routing", "cluster.cluster.routing", "cluster.routing.ratio",
        RATIO);
    measure(report, "show", AlternatingRounds.SHOW);
    measure(report, "change", AlternatingRounds.change(destinations));
  }

  private void measure(Report report, String name, AlternatingRounds.Op op) {
    AlternatingRounds.report(report, rounds.measure(op), "cluster.single." + name,
        "cluster.cluster." + name, "cluster." + name + ".ratio", RATIO);
  }
}
