package dev.tenso.voice;

import java.time.Duration;
import java.util.Map;

/**
 * Port: the IVR state of each call, by {@code CallSid}, with a time to live, so that any instance
 * of tenso can take any step. Each step of a call is claimed once and its answer kept, so a step
 * Twilio posts twice is answered with the same TwiML and applied once.
 */
public interface CallStates {
  /** The stored field holding the number of the step the call expects next. */
  String STEP = "step";
  /** The stored field holding the answer to step {@code n}: {@code ANSWER + n}. */
  String ANSWER = "answer.";
  /**
   * The stored field naming the call's revision: a value of the saver's choosing, new at each
   * save, which {@link #saveIfUnchanged} compares.
   */
  String REV = "rev";

  /**
   * The call's stored fields (empty for a new call) in one round trip, having claimed
   * {@code step} for the caller when it is the step the call expects and nobody claimed it yet.
   * Of the kept answers, only {@code step}'s, and the last one when {@code step} is not the one
   * the call expects (the claims are left out too).
   */
  Loaded load(String sid, int step, Duration ttl);

  /** Stores the call's fields, the next step and the answer to {@code step}, renewing the TTL. */
  void save(String sid, Map<String, String> fields, int step, String answer, Duration ttl);

  /**
   * As {@link #save}, claiming {@code step} in the same round trip, but only when the call is
   * still at revision {@code rev} (its {@link #REV} field) and nobody claimed {@code step}; false,
   * and nothing written, otherwise.
   */
  boolean saveIfUnchanged(String sid, String rev, Map<String, String> fields, int step,
      String answer, Duration ttl);

  /** The stored fields, and whether this caller holds the claim on the step it asked about. */
  record Loaded(Map<String, String> fields, boolean claimed) {
    public Loaded {
      fields = Map.copyOf(fields);
    }
  }
}
