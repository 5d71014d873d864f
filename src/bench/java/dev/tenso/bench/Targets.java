package dev.tenso.bench;

import java.util.List;

/**
 * The targets, checked after every run. Channels must answer Slack within 3 s and Twilio
 * within 15 s, so the core's hot paths must stay far below that on the 2-core build machine.
 * Limits are set from measured values with headroom for a shared, noisy machine; the values
 * measured when they were set are in the comments.
 */
final class Targets {
  private Targets() {}

  enum Kind { AT_MOST, AT_LEAST }

  /** @param gating false: a missed target is printed as WARN and does not fail the run */
  record Target(String name, String key, Kind kind, double limit, String unit, boolean gating) {
    Target(String name, String key, Kind kind, double limit, String unit) {
      this(name, key, kind, limit, unit, true);
    }

    boolean met(double v) {
      return !Double.isNaN(v) && (kind == Kind.AT_MOST ? v <= limit : v >= limit);
    }
  }

  // Measured on the 2-core machine shared with other builds (2026-11-24, five runs, ranges):
  //   show p50 0.42-1.0 ms, p99 2.9-8.7 ms; change (1 thread) p50 1.3-1.4 ms, p99 6.2-13 ms;
  //   8 threads on one number: p99 19-29 ms, 900-1400 changes/s, 0.64-0.67 CAS retries/change;
  //   8 threads on 8 numbers: p99 15-23 ms, 1000-1900 changes/s; validate 0.5-1.0 M/s;
  //   TOTP verify 1 thread 1400-5300/s, 8 threads 9000-15000/s. Nothing lost in any run.
  // Latency limits are the agreed ones (2.3-17x above the worst p99 seen: room for a busy
  // machine, still 60x under Slack's 3 s); throughput floors are 1/5-1/9 of the lowest seen.
  static final List<Target> ALL = List.of(
      new Target("show p99, 1 thread", "show.p99", Kind.AT_MOST, 20, "ms"),
      new Target("change p99, 1 thread", "change.single.p99", Kind.AT_MOST, 50, "ms"),
      new Target("change lost, 1 thread", "change.single.lost", Kind.AT_MOST, 0, ""),
      new Target("change without its audit, 1 thread", "change.single.auditLost",
          Kind.AT_MOST, 0, ""),
      new Target("change p99, 8 threads on one number", "change.contended.p99",
          Kind.AT_MOST, 500, "ms"),
      new Target("change lost, 8 threads on one number", "change.contended.lost",
          Kind.AT_MOST, 0, ""),
      new Target("change without its audit, 8 on one number", "change.contended.auditLost",
          Kind.AT_MOST, 0, ""),
      new Target("CONCURRENT_CHANGE refused, 8 on one number",
          "change.contended.concurrentRefusals", Kind.AT_MOST, 0, ""),
      new Target("change throughput, 8 threads on one number", "change.contended.ops",
          Kind.AT_LEAST, 150, "ops/s"),
      new Target("change p99, 8 threads on 8 numbers", "change.spread.p99", Kind.AT_MOST, 500, "ms"),
      new Target("change lost, 8 threads on 8 numbers", "change.spread.lost", Kind.AT_MOST, 0, ""),
      new Target("change throughput, 8 threads on 8 numbers", "change.spread.ops",
          Kind.AT_LEAST, 150, "ops/s"),
      new Target("validate throughput", "validate.ops", Kind.AT_LEAST, 100_000, "ops/s"),
      new Target("TOTP verify throughput, 1 thread", "totp.1.ops", Kind.AT_LEAST, 175, "ops/s"),
      new Target("TOTP verify throughput, 8 threads", "totp.8.ops", Kind.AT_LEAST, 1_000, "ops/s"),
      new Target("TOTP fresh codes refused", "totp.1.refused", Kind.AT_MOST, 0, ""),
      new Target("TOTP fresh codes refused, 8 threads", "totp.8.refused", Kind.AT_MOST, 0, ""),
      new Target("TOTP replay accepted", "totp.replayAccepted", Kind.AT_MOST, 0, ""),
      // Slack: /forward status over HTTP into tenso vs a minimal Bolt app that only acks, 4
      // client threads in the same JVM, alternating rounds, the client's signing cached
      // (2026-11-29, 2 cores shared with other builds, 5 runs): minimal Bolt 1840-2670/s, p99
      // 6.1-8.0 ms; tenso 930-1090/s, p99 9.7-11.7 ms; ratio 0.40-0.48. Not gating: per
      // request tenso does what the minimal app does (Bolt's parsing and signature check, about
      // 0.4 ms of CPU) plus one Redis round trip (the Lettuce I/O thread, Spring Data Redis and
      // the redis-server's script) and the decoding of the snapshot, which alone cost more than
      // the minimal app's whole request; the rendering and its JSON are now a tenth of it.
      // (With the client signing each request as before, the ratio read 0.78.) Later the same
      // day 0.29-0.37 (issue 12's per-slot reads: two scripts). Then the snapshot's hashes were
      // read through a connection Redis tracks (TrackedHashes: kept until Redis pushes their
      // invalidation, decoded once) and an ack made of the very same records answered as before
      // (the JSON kept by the snapshot's stamp, checked without reading): 0.63, 0.69, 0.74,
      // 0.80, 0.93 as each part landed; full runs 0.85-0.91. Gating since. (The core also kept
      // each Slack user's last look by stamp for a while: once the channel's check came first
      // it spared nothing measurable, and was taken out.)
      new Target("Slack status p99 (signed HTTP)", "slack.status.p99", Kind.AT_MOST, 100, "ms"),
      new Target("Slack status throughput / minimal Bolt", "slack.status.ratio",
          Kind.AT_LEAST, 0.8, ""),
      // Measured p99 133 ms while the change notice read the whole directory; the notice now
      // reads the number's users only (tenso:number-users).
      new Target("change p99, 1 thread, 1,000-user directory", "change.bigDirectory.p99",
          Kind.AT_MOST, 50, "ms"),
      // The 100,000 x 100,000 import took 40-55 s on the shared 2-core machine (-Xmx512m).
      new Target("import of 100,000 numbers and 100,000 users", "import.big.seconds",
          Kind.AT_MOST, 240, "s"),
      new Target("show p99, 100,000 / 100 users", "scale.show.ratio", Kind.AT_MOST, 1.5, "x"),
      new Target("change p99, 100,000 / 100 users", "scale.change.ratio", Kind.AT_MOST, 1.5, "x"),
      new Target("caller lookup p99, 100,000 / 100 users", "scale.caller.ratio",
          Kind.AT_MOST, 1.5, "x"),
      new Target("number search p99 (any page), 100,000 / 100", "scale.numberSearch.ratio",
          Kind.AT_MOST, 1.5, "x"),
      new Target("user list p99 (any page), 100,000 / 100 users", "scale.userList.ratio",
          Kind.AT_MOST, 1.5, "x"),
      // The phone channel over HTTP against a floor of the same server (one Redis GET, fixed
      // TwiML), 100,000 users, 4 client threads, alternating rounds: issue 10's targets. The
      // floor is served where the webhooks are (a filter ahead of the HTTP metrics,
      // request-context and form filters and the dispatcher servlet; see PhoneFloor).
      // 2026-11-29, 2 cores shared with other builds, the floor's key holding a value, three
      // runs in a row: floor 4820-6120/s, p99 3.0-3.9 ms; routing 4600-5260/s, p99 3.4-4.1 ms,
      // ratio 0.86/0.95/0.86; IVR step 2980-3420/s, p99 4.2-4.9 ms, ratio 0.55/0.62/0.58 (three
      // runs just before: routing 0.90/0.92/0.87, IVR 0.58/0.58/0.58). Routing sits on its
      // target, the IVR step misses it. Before: routing 0.68-0.82, IVR 0.48-0.50 (the SDK's
      // RequestValidator, the container's form decoding taken apart again, TwiML through the
      // SDK's DOM and transformer); now the signature is ours (a Mac per thread), the form is
      // read once, TwiML is written straight from the SDK's elements. Profiled (JFR) after: a
      // routing answer's own work is its HGETALL (as the floor's GET), the HMAC, the form and
      // the TwiML, each small; half of the floor's GET is Spring Data Redis getting a connection
      // (a LettuceConnection, a debug log through the metrics turbo filter, a Lettuce
      // observation), and an IVR step pays that twice (claim and load, then save), the two Lua
      // scripts and a TwiML several times as long. Then (with issue 12 merged) the floor's GET,
      // the routing read and the call-state scripts all go through Lettuce's shared connection
      // (dev.tenso.redis.Pipelines), five runs: floor 4390-6210/s; routing 0.78/0.90/0.88/0.89/
      // 0.88, IVR 0.63/0.56/0.56/0.59/0.59. Turning Lettuce's per-command observation off changed
      // nothing measurable (kept on). Then the routing record was kept in memory until Redis
      // tells of its change (TrackedHashes), and a step whose keys run only plain actions was
      // answered from the state its instance saved and saved by one HSETNX (its claim): routing
      // 1.26-1.46, IVR step 0.75-0.78 (full runs 1.42/1.26, 0.76/0.75).
      new Target("phone routing answer / floor throughput", "phone.routing.ratio",
          Kind.AT_LEAST, 0.9, "x"),
      new Target("phone IVR step / floor throughput", "phone.ivr.ratio", Kind.AT_LEAST, 0.7, "x"),
      // The same 1,000 users and numbers on one redis-server and on a three-primary cluster,
      // alternating rounds (issue 12's targets), 10,000 samples each (100,000 of the routing
      // read, some 50 us). 2026-11-29: routing p99 0.20 vs 0.21 ms (1.03x), show 1.39 vs 1.33 ms
      // (0.96x), change 4.4 vs 5.4 ms (1.22x); with 2,000-4,000 samples the sub-millisecond p99s
      // swung between 0.8x and 1.8x from one run to the next. Before pipelines borrowed pooled
      // connections (each opened and closed one) a change was 1.8x slower on the cluster.
      new Target("routing read p99, cluster / one server", "cluster.routing.ratio",
          Kind.AT_MOST, 1.2, "x"),
      new Target("show p99, cluster / one server", "cluster.show.ratio", Kind.AT_MOST, 1.2, "x"),
      new Target("change p99, cluster / one server", "cluster.change.ratio",
          Kind.AT_MOST, 1.5, "x"),
      // The first step identifies the caller through tenso:user-phone (one SRANDMEMBER of 2:
      // nobody, one user, or a line two share), whatever the directory's size.
      new Target("phone IVR first step, 100,000 users", "phone.ivr.firstStep.ms",
          Kind.AT_MOST, 200, "ms"));

  /**
   * Prints PASS, FAIL or WARN (a missed non-gating target) for each; true when none FAILs.
   * {@code everyTarget} false: only the targets the run measured (a partial run).
   */
  static boolean check(Report report, boolean everyTarget) {
    report.section("Targets");
    boolean all = true;
    for (Target t : ALL) {
      double v = report.get(t.key());
      if (!everyTarget && Double.isNaN(v)) {
        continue;
      }
      boolean ok = t.met(v);
      all &= ok || !t.gating();
      String verdict = ok ? "PASS" : t.gating() ? "FAIL" : "WARN";
      System.out.printf("  %s  %-46s %s %s %s (measured %.3f)%n", verdict, t.name(),
          t.kind() == Kind.AT_MOST ? "<=" : ">=", fmt(t.limit()), t.unit(), v);
    }
    long warnings = ALL.stream().filter(t -> !t.gating() && !t.met(report.get(t.key())))
        .filter(t -> everyTarget || !Double.isNaN(report.get(t.key()))).count();
    System.out.println((all ? "ALL GATING TARGETS MET" : "SOME TARGETS MISSED")
        + (warnings > 0 ? " (" + warnings + " non-gating missed: WARN)" : ""));
    return all;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.format("%.0f", v) : String.format("%.1f", v);
  }
}
