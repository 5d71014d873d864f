package dev.tenso.core.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * The sign-in rules that an organisation may tune (the Boot properties {@code tenso.auth.*} are
 * translated into this record).
 *
 * @param registrationValidity how long a registration code works (72 h)
 * @param mailCodeValidity how long a mail code works (10 min)
 * @param mailCodeSendLimit mail codes sent per user per window (5)
 * @param mailCodeSendWindow the window of that limit (15 min)
 * @param maxFailures consecutive failed codes that lock the user (5)
 * @param lockDuration how long a lock lasts (15 min)
 * @param idleTimeout a session ends after this long without use (15 min)
 * @param absoluteLifetime a session ends this long after sign-in whatever happens (12 h)
 * @param mailOtpEnabled whether mail codes may be used as second factor
 * @param issuer the issuer shown by authenticator apps
 */
public record AuthSettings(
    Duration registrationValidity,
    Duration mailCodeValidity,
    int mailCodeSendLimit,
    Duration mailCodeSendWindow,
    int maxFailures,
    Duration lockDuration,
    Duration idleTimeout,
    Duration absoluteLifetime,
    boolean mailOtpEnabled,
    String issuer) {

  public AuthSettings {
    Objects.requireNonNull(registrationValidity, "registrationValidity");
    Objects.requireNonNull(mailCodeValidity, "mailCodeValidity");
    Objects.requireNonNull(mailCodeSendWindow, "mailCodeSendWindow");
    Objects.requireNonNull(lockDuration, "lockDuration");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(absoluteLifetime, "absoluteLifetime");
    Objects.requireNonNull(issuer, "issuer");
    if (mailCodeSendLimit < 1 || maxFailures < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public static AuthSettings defaults() {
    return new AuthSettings(Duration.ofHours(72), Duration.ofMinutes(10), 5, Duration.ofMinutes(15),
        5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(12), true, "tenso");
  }

  public AuthSettings withMailOtpEnabled(boolean enabled) {
    return new AuthSettings(registrationValidity, mailCodeValidity, mailCodeSendLimit,
        mailCodeSendWindow, maxFailures, lockDuration, idleTimeout, absoluteLifetime, enabled,
        issuer);
  }
}
