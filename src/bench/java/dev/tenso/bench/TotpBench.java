package dev.tenso.bench;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.tenso.core.auth.TotpProbe;
import dev.tenso.core.common.UserId;
import dev.tenso.redis.auth.RedisTotpSecrets;
import dev.tenso.redis.auth.SecretCipher;
import dev.tenso.redis.auth.ServerKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code TotpService.verify} (through {@link TotpProbe}) through the real replay guard: secrets sealed in Redis, the step
 * check-and-set script. A code is accepted once per step per user, so the benchmark cycles
 * through many users and moves its clock one step on after each pass over them; every code it
 * submits is current and new, so every one must be accepted, and a replayed one refused.
 */
final class TotpBench {
  static final int USERS = 2_000;
  static final long RUN_MILLIS = 4_000;

  private TotpBench() {}

  /** A clock a single thread moves on by whole steps. */
  private static final class StepClock extends Clock {
    private Instant now;

    /** Run {@code run} starts a million steps after run {@code run - 1}: never a used step. */
    StepClock(int run) {
      now = Instant.parse("2026-11-24T00:00:00Z")
          .plusSeconds(1_000_000L * TotpProbe.PERIOD_SECONDS * run);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void nextStep() {
      now = now.plusSeconds(TotpProbe.PERIOD_SECONDS);
    }
  }

  static void run(Lab lab, Report report) throws InterruptedException {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    ServerKey serverKey = ServerKey.load(Base64.getEncoder().encodeToString(key), null);
    RedisTotpSecrets secrets = new RedisTotpSecrets(lab.redis, new SecretCipher(serverKey));
    List<UserId> users = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    DefaultSecretGenerator generator = new DefaultSecretGenerator(32);
    for (int i = 0; i < USERS; i++) {
      users.add(new UserId("bench-totp-" + i));
      plain.add(generator.generate());
      secrets.save(users.get(i), plain.get(i));
    }
    int[] runs = {1, ForwardingBench.THREADS};
    for (int r = 0; r < runs.length; r++) {
      int threads = runs[r];
      int run = r;
      report.section("TotpService.verify with the Redis replay guard, " + threads + " thread(s), "
          + USERS + " users, " + RUN_MILLIS + " ms");
      LongAdder refused = new LongAdder();
      Samples s = Timing.concurrent(threads, RUN_MILLIS, t -> {
        StepClock clock = new StepClock(run);
        TotpProbe totp = new TotpProbe(secrets, clock);
        int[] next = {t};
        return () -> {
          if (next[0] >= USERS) {
            next[0] = t;
            clock.nextStep();
          }
          int u = next[0];
          next[0] += threads;
          if (!totp.verify(users.get(u), totp.code(plain.get(u), clock.instant()))) {
            refused.increment();
          }
        };
      });
      report.samples("totp." + threads, s);
      report.value("totp." + threads + ".refused", refused.sum(), "fresh codes refused");
    }
    StepClock clock = new StepClock(runs.length);
    TotpProbe totp = new TotpProbe(secrets, clock);
    String code = totp.code(plain.get(0), clock.instant());
    boolean first = totp.verify(users.get(0), code);
    boolean replay = totp.verify(users.get(0), code);
    report.value("totp.replayAccepted", first && !replay ? 0 : 1,
        "replayed codes accepted (first use accepted: " + first + ")");
  }
}
