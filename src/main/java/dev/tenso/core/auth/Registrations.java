package dev.tenso.core.auth;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: each pending user's registration code (hashed link token and keypad code, expiry) and how
 * far their registration got, bound to the channel identity that confirmed it.
 */
public interface Registrations {
  /** Stores the user's code, killing any earlier one. */
  void issue(UserId user, IssuedCode code, Duration keep);

  Optional<IssuedCode> find(UserId user);

  /** Deletes the user's code if it is still the one with this token hash; true for one caller. */
  boolean consume(UserId user, String tokenHash);

  void saveProgress(UserId user, Progress progress, Duration keep);

  Optional<Progress> progress(UserId user);

  void clearProgress(UserId user);

  /** A registration code as stored: keyed hashes only. */
  record IssuedCode(String tokenHash, String keypadHash, Instant expiresAt) {
    @Override
    public String toString() {
      return "IssuedCode[expiresAt=" + expiresAt + "]";
    }
  }

  /**
   * How far a registration got.
   *
   * @param identityKey the {@code ChannelIdentity.key()} the registration is bound to (the one
   *     that entered the registration code)
   * @param challengeId at IDENTITY: the token hash of the code that was entered (used up by the
   *     identity check); at SECOND_FACTOR: the mail challenge of a mail-code set-up; else empty
   */
  record Progress(RegistrationStep step, String identityKey, String challengeId) {
    @Override
    public String toString() {
      return "Progress[" + step + "]";
    }
  }
}
