package dev.tenso.bench;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code ForwardingUseCases.show} and {@code change}: one thread, then 8 threads on one number
 * (every change races the others: compare-and-set retries) and 8 threads on 8 numbers. Every
 * change writes a destination never written before into slot 5, so each one that succeeds must
 * bump the version by one and append one audit event: nothing may be lost. Last, the same
 * change with 1,000 more users in the directory (what grows with a real company).
 */
final class ForwardingBench {
  static final String SHOWN = "050-1111-0001";
  static final String CONTENDED = "050-1111-0001";
  static final List<String> SPREAD = List.of("050-1111-0001", "050-1111-0002", "050-1111-0003",
      "050-1111-0004", "050-1111-0005", "050-2222-0001", "050-2222-0002", "050-2222-0003");
  static final int THREADS = 8;
  static final long RUN_MILLIS = 6_000;
  static final int BIG_DIRECTORY = 1_000;

  private final Lab lab;
  private final Report report;
  private final AtomicLong destinations = new AtomicLong();
  private final LongAdder changed = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder concurrent = new LongAdder();
  private final LongAdder refused = new LongAdder();

  ForwardingBench(Lab lab, Report report) {
    this.lab = lab;
    this.report = report;
  }

  void run() throws InterruptedException {
    report.section("ForwardingUseCases.show (taro, a general user, reads " + SHOWN + ")");
    Actor taro = lab.actor("taro@example.com");
    report.samples("show", Timing.sequential(3_000, 5_000, () -> {
      if (!lab.forwarding.show(taro, SHOWN).isOk()) {
        throw new IllegalStateException("show was refused");
      }
    }));

    Actor admin = lab.signedIn("hanako.admin@example.com");
    report.section("ForwardingUseCases.change, 1 thread (administrator, real fresh session)");
    measured("change.single", CONTENDED, () ->
        Timing.sequential(1_000, 3_000, () -> change(admin, CONTENDED)));

    report.section("ForwardingUseCases.change, " + THREADS + " threads on ONE number "
        + CONTENDED + " for " + RUN_MILLIS + " ms");
    measured("change.contended", CONTENDED, () ->
        Timing.concurrent(THREADS, RUN_MILLIS, t -> () -> change(admin, CONTENDED)));

    report.section("ForwardingUseCases.change, " + THREADS + " threads on " + THREADS
        + " different numbers for " + RUN_MILLIS + " ms");
    long[] before = SPREAD.stream().mapToLong(lab::version).toArray();
    reset();
    Samples spread = Timing.concurrent(THREADS, RUN_MILLIS, t -> () -> change(admin, SPREAD.get(t)));
    long bumped = 0;
    for (int i = 0; i < SPREAD.size(); i++) {
      bumped += lab.version(SPREAD.get(i)) - before[i];
    }
    report.samples("change.spread", spread);
    outcomes("change.spread", bumped, Double.NaN);

    lab.addUsers(BIG_DIRECTORY);
    report.section("ForwardingUseCases.change, 1 thread, directory of " + lab.users.all().size()
        + " users (the change notice reads only the number's users)");
    measured("change.bigDirectory", CONTENDED, () ->
        Timing.sequential(20, 150, () -> change(admin, CONTENDED)));
  }

  private interface Run {
    Samples run() throws InterruptedException;
  }

  private void measured(String name, String number, Run run) throws InterruptedException {
    long version = lab.version(number);
    long audited = lab.auditEntries(number);
    reset();
    Samples s = run.run();
    report.samples(name, s);
    outcomes(name, lab.version(number) - version, lab.auditEntries(number) - audited);
  }

  private void outcomes(String name, long versionDelta, double auditDelta) {
    report.value(name + ".changed", changed.sum(), "changes reported written");
    report.value(name + ".versionDelta", versionDelta, "version increments");
    if (!Double.isNaN(auditDelta)) {
      report.value(name + ".auditDelta", auditDelta, "audit events on the number's stream");
      report.value(name + ".auditLost", Math.abs(auditDelta - changed.sum()),
          "changes without exactly one audit event (|audit delta - written|)");
    }
    report.value(name + ".lost", Math.abs(versionDelta - changed.sum()),
        "lost or phantom changes (|version delta - written|)");
    report.value(name + ".unchanged", unchanged.sum(), "no-op answers");
    report.value(name + ".concurrentRefusals", concurrent.sum(),
        "CONCURRENT_CHANGE refusals (" + lab.store.attempts.sum() + " CAS attempts)");
    report.value(name + ".otherRefusals", refused.sum(), "other refusals");
    report.value(name + ".casRetriesPerChange",
        lab.store.lost.sum() / (double) Math.max(1, changed.sum()), "CAS retries per change");
  }

  private void change(Actor actor, String number) {
    String destination = String.format("03%08d", destinations.incrementAndGet() % 100_000_000L);
    Outcome<ForwardingView> out =
        lab.forwarding.change(actor, number, ForwardingChange.none().withSlot(5, destination));
    if (out.isOk()) {
      (out.orElseThrow().changed() ? changed : unchanged).increment();
    } else if (out.violations().stream().anyMatch(v -> v.code() == ErrorCode.CONCURRENT_CHANGE)) {
      concurrent.increment();
    } else {
      refused.increment();
      if (refused.sum() == 1) {
        System.out.println("  first refusal: " + out.violations());
      }
    }
  }

  private void reset() {
    changed.reset();
    unchanged.reset();
    concurrent.reset();
    refused.reset();
    lab.store.reset();
  }
}
