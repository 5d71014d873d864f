package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Port: the one live mail code of each user (hashed) and the times codes were sent. */
public interface MailCodes {
  /**
   * Records a send at {@code now} unless {@code limit} sends already happened in the window
   * before it, atomically.
   *
   * @return true when recorded (the code may be sent)
   */
  boolean recordSend(UserId user, Instant now, Duration window, int limit);

  /** Stores the user's code, replacing any earlier one. */
  void put(UserId user, StoredMailCode code, Duration keep);

  Optional<StoredMailCode> find(UserId user);

  /** Deletes the code if it is still this one; true for exactly one caller. */
  boolean take(UserId user, StoredMailCode code);

  /**
   * A mail code as stored: the challenge it is bound to, the keyed hash of the code, its expiry.
   */
  record StoredMailCode(String challengeId, String codeHash, Instant expiresAt) {
    @Override
    public String toString() {
      return "StoredMailCode[expiresAt=" + expiresAt + "]";
    }
  }
}
