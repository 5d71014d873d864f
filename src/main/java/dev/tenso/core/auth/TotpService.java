package dev.tenso.core.auth;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.QrGenerator;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * TOTP as a second factor: set-up (secret, {@code otpauth://} URI, QR code, key text) and
 * verification, each code accepted at most once (the last accepted step per user is kept).
 * Reachable only through the sign-in door.
 */
final class TotpService {
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{16,128}");
  private static final Duration PENDING_KEEP = Duration.ofHours(1);

  private final TotpSecrets secrets;
  private final QrGenerator qr = new ZxingPngQrGenerator();
  private final String issuer;
  private final Clock clock;
  private final TotpCodes codes = new TotpCodes();
  private final DefaultSecretGenerator secretGenerator = new DefaultSecretGenerator(32);

  TotpService(TotpSecrets secrets, AuthSettings settings, Clock clock) {
    this.secrets = secrets;
    this.issuer = settings.issuer();
    this.clock = clock;
  }

  /**
   * The set-up to show: the unfinished one again if there is one, else a fresh 160-bit secret;
   * an earlier confirmed secret stays until one current code of the new one is entered.
   */
  SignInStep.TotpSetup setup(User user) {
    String secret = secrets.findPending(user.id()).orElseGet(() -> {
      String fresh = secretGenerator.generate();
      secrets.savePending(user.id(), fresh, PENDING_KEEP);
      return fresh;
    });
    QrData data = new QrData.Builder()
        .label(user.email().value())
        .secret(secret)
        .issuer(issuer)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(TotpCodes.DIGITS)
        .period(TotpCodes.PERIOD_SECONDS)
        .build();
    try {
      return new SignInStep.TotpSetup(data.getUri(), qr.generate(data), secret);
    } catch (QrGenerationException e) {
      throw new IllegalStateException("the QR code could not be drawn", null);
    }
  }

  /** Completes set-up when the code is current for the pending secret (and not replayed). */
  boolean completeEnrolment(UserId user, String code) {
    Optional<String> pending = secrets.findPending(user);
    if (pending.isEmpty() || !accept(user, pending.get(), code)) {
      return false;
    }
    secrets.save(user, pending.get());
    return true;
  }

  /** True once per step: the code matches now (±1 step) and its step is later than the last. */
  boolean verify(UserId user, String code) {
    return secrets.find(user).map(s -> accept(user, s, code)).orElse(false);
  }

  boolean hasSecret(UserId user) {
    return secrets.find(user).isPresent();
  }

  /** Back to set-up: the secret is forgotten. */
  void reset(UserId user) {
    secrets.delete(user);
  }

  /**
   * Stores an imported secret; false when it is not base32 of at least 80 bits. The same secret
   * already stored is left as it is, so loading a file again writes nothing.
   */
  boolean importSecret(UserId user, String base32) {
    String normal = normalise(base32);
    if (!BASE32.matcher(normal).matches()) {
      return false;
    }
    if (!secrets.find(user).filter(normal::equals).isPresent()) {
      secrets.save(user, normal);
    }
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
