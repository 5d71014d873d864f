package dev.tenso.core.common;

import java.time.Duration;

/**
 * Port: remembers which deliveries of a channel (a Slack event id, a webhook's retry key) were
 * already taken, so a retried delivery is acknowledged and not run twice. Implementations throw
 * {@link StoreUnavailableException} when the store cannot be reached.
 */
public interface Deliveries {
  /**
   * True the first time {@code id} is claimed within {@code keep}; false for a repeat. Atomic: of
   * two concurrent claims of one id, exactly one is first.
   */
  boolean claim(String id, Duration keep);
}
