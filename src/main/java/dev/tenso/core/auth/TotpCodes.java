package dev.tenso.core.auth;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30-second steps) and which time step a code belongs to, so the
 * caller can refuse a step already used (java-totp has no replay guard of its own).
 */
final class TotpCodes {
  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;

  private final CodeGenerator generator;

  TotpCodes() {
    this(DIGITS);
  }

  /** With another number of digits (the RFC's published vectors have 8). */
  TotpCodes(int digits) {
    this.generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, digits);
  }

  static long stepOf(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), PERIOD_SECONDS);
  }

  /** The code of a base32 secret at a counter (HOTP) or time step (TOTP). */
  String code(String base32Secret, long counter) {
    try {
      return generator.generate(base32Secret, counter);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("a code could not be computed", null);
    }
  }

  /**
   * The step among now-1, now and now+1 whose code equals the given one, the latest when two
   * share it (one in a million neighbouring steps do, and the earlier one may be used already:
   * the code the authenticator shows now would be refused). Every candidate is computed and
   * compared in constant time, whatever matches.
   */
  OptionalLong matchingStep(String base32Secret, String code, Instant now) {
    long current = stepOf(now);
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long found = Long.MIN_VALUE;
    for (long step = current - 1; step <= current + 1; step++) {
      byte[] expected = code(base32Secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given)) {
        found = step; // the latest: two steps may share a code, and the earlier may be used
      }
    }
    return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
  }
}
