package dev.tenso.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Bounded polling for what happens by itself (a server started again, a client reconnected):
 * the limit is a guard against hanging, not a speed target.
 */
public final class Eventually {
  private Eventually() {}

  /** Returns once {@code condition} holds (an exception counts as not yet); fails after {@code limit}. */
  public static void until(String what, Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < end) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting until " + what, e);
      }
    }
    throw new AssertionError("not within " + limit + ": " + what, last);
  }
}
