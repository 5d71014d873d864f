package dev.tenso.core.voicemail;

import dev.tenso.core.inventory.IpNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded message.
 *
 * @param recordingId the telephony provider's id of the recording (a retried notice has the same)
 * @param url where the recording can be fetched (the provider's URL; it may need the account)
 * @param seconds its length
 * @param caller the caller's number as telephony sent it (may be empty or "anonymous")
 */
public record Voicemail(
    IpNumber number, String recordingId, String url, int seconds, String caller, Instant at) {
  public Voicemail {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(at, "at");
    recordingId = Objects.requireNonNull(recordingId, "recordingId").strip();
    if (recordingId.isEmpty()) {
      throw new IllegalArgumentException("a voicemail needs its recording id");
    }
    url = url == null ? "" : url.strip();
    caller = caller == null ? "" : caller.strip();
    seconds = Math.max(0, seconds);
  }
}
