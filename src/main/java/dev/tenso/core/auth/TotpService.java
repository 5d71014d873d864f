package dev.tenso.core.auth;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.QrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.tenso.core.directory.User;
import dev.tenso.core.common.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * TOTP as a second factor: enrolment (secret, {@code otpauth://} URI, QR code, key text) and
 * verification, each code accepted at most once (the last accepted step per user is kept).
 */
public final class TotpService {
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{16,128}");
  private static final Duration PENDING_KEEP = Duration.ofHours(1);

  private final TotpSecrets secrets;
  private final QrGenerator qr;
  private final String issuer;
  private final Clock clock;
  private final TotpCodes codes = new TotpCodes();
  private final DefaultSecretGenerator secretGenerator = new DefaultSecretGenerator(32);

  public TotpService(TotpSecrets secrets, QrGenerator qr, AuthSettings settings, Clock clock) {
    this.secrets = secrets;
    this.qr = qr;
    this.issuer = settings.issuer();
    this.clock = clock;
  }

  /** Starts (or restarts) enrolment with a fresh 160-bit secret; the old secret stays until done. */
  public Challenge.TotpSetup begin(User user) {
    String secret = secretGenerator.generate();
    secrets.savePending(user.id(), secret, PENDING_KEEP);
    QrData data = new QrData.Builder()
        .label(user.email().value())
        .secret(secret)
        .issuer(issuer)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(TotpCodes.DIGITS)
        .period(TotpCodes.PERIOD_SECONDS)
        .build();
    try {
      return new Challenge.TotpSetup(data.getUri(), qr.generate(data), secret);
    } catch (QrGenerationException e) {
      throw new IllegalStateException("the QR code could not be drawn", null);
    }
  }

  /** Completes enrolment when the code is current for the pending secret (and not replayed). */
  public boolean completeEnrolment(UserId user, String code) {
    Optional<String> pending = secrets.findPending(user);
    if (pending.isEmpty() || !accept(user, pending.get(), code)) {
      return false;
    }
    secrets.save(user, pending.get());
    return true;
  }

  /** True once per step: the code matches now (±1 step) and its step is later than the last. */
  public boolean verify(UserId user, String code) {
    return secrets.find(user).map(s -> accept(user, s, code)).orElse(false);
  }

  public boolean hasSecret(UserId user) {
    return secrets.find(user).isPresent();
  }

  public boolean hasPendingSetup(UserId user) {
    return secrets.findPending(user).isPresent();
  }

  /** Back to enrolment: the secret is forgotten. */
  public void reset(UserId user) {
    secrets.delete(user);
  }

  /** Stores an imported secret; false when it is not base32 of at least 80 bits. */
  public boolean importSecret(UserId user, String base32) {
    String normal = normalise(base32);
    if (!BASE32.matcher(normal).matches()) {
      return false;
    }
    secrets.save(user, normal);
    return true;
  }

  static String normalise(String base32) {
    return base32 == null ? "" : base32.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
  }

  private boolean accept(UserId user, String secret, String code) {
    OptionalLong step = codes.matchingStep(secret, code, clock.instant());
    return step.isPresent() && secrets.acceptStep(user, step.getAsLong());
  }
}
