package dev.tenso.bench;

import dev.tenso.core.common.Actor;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.testsupport.GeneratedOrganisation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two labs compared operation by operation, in alternating rounds (which lab goes first
 * alternates too), so that a busy moment of the shared machine slows both alike: the same
 * {@link #users} generated users, each signed in on both, run the same operation on their own
 * numbers. Two rounds of warm-up are not counted.
 */
final class AlternatingRounds {
  /** One operation by the {@code i}-th generated user ({@code actor}) on {@code lab}. */
  interface Op {
    void run(Lab lab, Actor actor, int i);
  }

  /** {@code show} of the user's own number. */
  static final Op SHOW = (lab, actor, i) -> {
    if (!lab.forwarding.show(actor, GeneratedOrganisation.number(i)).isOk()) {
      throw new IllegalStateException("show was refused");
    }
  };

  /** A {@code change} of the user's own number to a destination never written before. */
  static Op change(AtomicLong destinations) {
    return (lab, actor, i) -> {
      String destination = String.format("03%08d", destinations.incrementAndGet() % 100_000_000L);
      if (!lab.forwarding.change(actor, GeneratedOrganisation.number(i),
          ForwardingChange.none().withSlot(5, destination)).isOk()) {
        throw new IllegalStateException("change was refused");
      }
    };
  }

  private final Lab[] labs;
  private final List<List<Actor>> actors = new ArrayList<>();
  private final int users;
  private final int rounds;
  private final int perRound;

  AlternatingRounds(Lab first, Lab second, int users, int rounds, int perRound) {
    this.labs = new Lab[] {first, second};
    this.users = users;
    this.rounds = rounds;
    this.perRound = perRound;
    for (Lab lab : labs) {
      List<Actor> signedIn = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        signedIn.add(lab.signedIn(GeneratedOrganisation.email(i)));
      }
      actors.add(signedIn);
    }
  }

  /** The samples of {@code op} on the first lab and on the second. */
  Samples[] measure(Op op) {
    return measure(op, rounds);
  }

  /** The same, in {@code rounds} rounds (more for an operation too short for a steady p99). */
  Samples[] measure(Op op, int rounds) {
    Samples[] samples = {new Samples(), new Samples()};
    long[] busy = new long[2];
    for (int round = -2; round < rounds; round++) {
      for (int k = 0; k < labs.length; k++) {
        int l = (round + k) % 2 == 0 ? 0 : 1;
        for (int j = 0; j < perRound; j++) {
          int i = j % users;
          long t = System.nanoTime();
          op.run(labs[l], actors.get(l).get(i), i);
          if (round >= 0) {
            long took = System.nanoTime() - t;
            samples[l].add(took);
            busy[l] += took;
          }
        }
      }
    }
    samples[0].wall(busy[0]);
    samples[1].wall(busy[1]);
    return samples;
  }

  /** Reports both and the ratio of their p99s (second / first) as {@code ratioKey}. */
  static void report(Report report, Samples[] s, String firstKey, String secondKey,
      String ratioKey, String ratioNote) {
    report.samples(firstKey, s[0]);
    report.samples(secondKey, s[1]);
    report.value(ratioKey, s[1].percentileMs(99) / s[0].percentileMs(99), ratioNote);
  }
}
