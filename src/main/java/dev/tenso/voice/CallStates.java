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
  /** The stored field holding the answer to the step before {@link #STEP}. */
  String ANSWER = "answer";

  /**
   * The call's stored fields (empty for a new call) in one round trip, having claimed
   * {@code step} for the caller when it is the step the call expects and nobody claimed it yet.
   * The answer to the step before the expected one ({@link #ANSWER}) only when {@code step} is
   * not the expected one.
   */
  Loaded load(String sid, int step, Duration ttl);

  /** Stores the call's fields, the next step and the answer to {@code step}, renewing the TTL. */
  void save(String sid, Map<String, String> fields, int step, String answer, Duration ttl);

  /**
   * As {@link #save}, for a step nobody claimed: the save is the claim, in one round trip. False,
   * and nothing written, when {@code step} was claimed or answered already (by another instance,
   * or a retry). Each step is saved at most once, so a caller that saved the step before this one
   * knows the state this one follows from.
   */
  boolean saveIfFirst(String sid, Map<String, String> fields, int step, String answer,
      Duration ttl);

  /** The stored fields, and whether this caller holds the claim on the step it asked about. */
  record Loaded(Map<String, String> fields, boolean claimed) {
    public Loaded {
      fields = Map.copyOf(fields);
    }
  }
}
