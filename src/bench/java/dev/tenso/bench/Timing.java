package dev.tenso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/** Runs an operation after a warm-up, one thread or several at once, recording each latency. */
final class Timing {
  private Timing() {}

  /** {@code warmup} unrecorded calls, then {@code n} recorded ones. */
  static Samples sequential(int warmup, int n, Runnable op) {
    for (int i = 0; i < warmup; i++) {
      op.run();
    }
    Samples s = new Samples();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      op.run();
      s.add(System.nanoTime() - t);
    }
    s.wall(System.nanoTime() - start);
    return s;
  }

  /** {@code threads} threads start together, each calling its own op until {@code millis} pass. */
  static Samples concurrent(int threads, long millis, IntFunction<Runnable> opOfThread)
      throws InterruptedException {
    List<Samples> each = new ArrayList<>();
    List<Thread> running = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[2];
    for (int t = 0; t < threads; t++) {
      Runnable op = opOfThread.apply(t);
      Samples s = new Samples();
      each.add(s);
      Thread th = new Thread(() -> {
        try {
          go.await();
          long end = window[0] + millis * 1_000_000L;
          long now = System.nanoTime();
          while (now < end) {
            op.run();
            long after = System.nanoTime();
            s.add(after - now);
            now = after;
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }, "bench-" + t);
      running.add(th);
      th.start();
    }
    window[0] = System.nanoTime();
    go.countDown();
    for (Thread th : running) {
      th.join();
    }
    window[1] = System.nanoTime();
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a benchmark thread failed", failures.get(0));
    }
    Samples all = new Samples();
    each.forEach(all::addAll);
    all.wall(window[1] - window[0]);
    return all;
  }

  /**
   * Compares operations fairly on a shared machine: each is warmed up for {@code warmMillis},
   * then all are measured in {@code rounds} alternating rounds of {@code millis} each (the first
   * of a round moving on by one every round), so that a busy moment of the machine hits every
   * operation alike. Each operation's rounds are summed (latencies and wall time), in the order
   * given.
   */
  static List<Samples> alternating(int threads, long warmMillis, int rounds, long millis,
      List<IntFunction<Runnable>> ops) throws InterruptedException {
    for (IntFunction<Runnable> op : ops) {
      concurrent(threads, warmMillis, op);
    }
    List<Samples> sums = new ArrayList<>();
    ops.forEach(op -> sums.add(new Samples()));
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < ops.size(); k++) {
        int i = (round + k) % ops.size();
        sums.get(i).addRound(concurrent(threads, millis, ops.get(i)));
      }
    }
    return sums;
  }

  /** Calls {@code op} for {@code warmMillis}, then counts calls for {@code millis}: calls/s. */
  static double throughput(long warmMillis, long millis, Runnable op) {
    spin(warmMillis, op);
    long start = System.nanoTime();
    long calls = spin(millis, op);
    return calls / ((System.nanoTime() - start) / 1e9);
  }

  private static long spin(long millis, Runnable op) {
    long end = System.nanoTime() + millis * 1_000_000L;
    long calls = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 256; i++) {
        op.run();
      }
      calls += 256;
    }
    return calls;
  }
}
