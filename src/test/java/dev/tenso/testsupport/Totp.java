package dev.tenso.testsupport;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/**
 * An authenticator app for tests outside sign-in: the RFC 6238 code (SHA-1, 6 digits, 30 s) of
 * a base32 secret at a time, computed by the TOTP library itself, not by tenso's verifier.
 */
public final class Totp {
  private Totp() {}

  public static String code(String base32Secret, Instant at) {
    try {
      return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
          .generate(base32Secret, Math.floorDiv(at.getEpochSecond(), 30));
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }
}
