package dev.tenso.core.auth;

import java.security.SecureRandom;
import java.util.Base64;

/** Codes, tokens and ids from a secure random source. */
final class RandomCodes {
  private final SecureRandom random;

  RandomCodes(SecureRandom random) {
    this.random = random;
  }

  static RandomCodes secure() {
    return new RandomCodes(new SecureRandom());
  }

  /** A base64url token (no padding) of the given number of random bytes. */
  String token(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** A string of {@code n} random decimal digits (leading zeros kept). */
  String digits(int n) {
    var sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }
}
