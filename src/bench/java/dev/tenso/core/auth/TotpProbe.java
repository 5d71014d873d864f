package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import java.time.Clock;
import java.time.Instant;

/**
 * The benchmark's handle on the TOTP verifier, which is package-private so that no adapter
 * checks a code outside the sign-in door. It lives in the bench sources only (never in the
 * application), in the verifier's own package.
 */
public final class TotpProbe {
  public static final int PERIOD_SECONDS = TotpCodes.PERIOD_SECONDS;

  private final TotpService totp;
  private final TotpCodes codes = new TotpCodes();

  public TotpProbe(TotpSecrets secrets, Clock clock) {
    this.totp = new TotpService(secrets, AuthSettings.defaults(), clock);
  }

  /** {@code TotpService.verify}: true once per step per user. */
  public boolean verify(UserId user, String code) {
    return totp.verify(user, code);
  }

  /** The code of a secret at the time step of {@code at}. */
  public String code(String base32Secret, Instant at) {
    return codes.code(base32Secret, TotpCodes.stepOf(at));
  }
}
