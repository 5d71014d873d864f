package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.SecretsSeen;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published test vectors: RFC 6238 (TOTP, SHA-1 rows) and RFC 4226 (HOTP). */
class TotpCodesTest {
  /** The RFCs' secret '12345678901234567890' (ASCII), in base32 as java-totp reads it. */
  static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @ParameterizedTest(name = "T={0}s gives {1}")
  @CsvSource({
      "59,          94287082",
      "1111111109,  07081804",
      "1111111111,  14050471",
      "1234567890,  89005924",
      "2000000000,  69279037",
      "20000000000, 65353130"})
  void rfc6238Sha1(long unixSeconds, String expected) {
    SecretsSeen.remember(expected);
    var totp = new TotpCodes(8);
    long step = TotpCodes.stepOf(Instant.ofEpochSecond(unixSeconds));
    assertThat(totp.code(RFC_SECRET, step)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "counter {0} gives {1}")
  @CsvSource({
      "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
      "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"})
  void rfc4226Hotp(long counter, String expected) {
    SecretsSeen.remember(expected);
    assertThat(new TotpCodes().code(RFC_SECRET, counter)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "code of step offset {0} matches at step offset {0}")
  @CsvSource({"-1", "0", "1"})
  void matchingStepFindsTheStepOfTheCode(long offset) {
    var totp = new TotpCodes();
    Instant now = Instant.ofEpochSecond(1_111_111_110L);
    long step = TotpCodes.stepOf(now) + offset;
    String code = SecretsSeen.remember(totp.code(RFC_SECRET, step));
    assertThat(totp.matchingStep(RFC_SECRET, code, now)).hasValue(step);
  }

  @ParameterizedTest(name = "code of step offset {0} does not match")
  @CsvSource({"-2", "2"})
  void twoStepsAwayDoesNotMatch(long offset) {
    var totp = new TotpCodes();
    Instant now = Instant.ofEpochSecond(1_111_111_110L);
    String code = SecretsSeen.remember(totp.code(RFC_SECRET, TotpCodes.stepOf(now) + offset));
    assertThat(totp.matchingStep(RFC_SECRET, code, now)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theBase32SecretIsTheRfcAsciiSecret() {
    assertThat(new String(Base32.decode(RFC_SECRET), StandardCharsets.US_ASCII))
        .isEqualTo("12345678901234567890");
  }

  /** Just enough base32 to prove the constant above. */
  static final class Base32 {
    static byte[] decode(String s) {
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
      var out = new java.io.ByteArrayOutputStream();
      int buffer = 0;
      int bits = 0;
      for (char c : s.toCharArray()) {
        buffer = (buffer << 5) | alphabet.indexOf(c);
        bits += 5;
        if (bits >= 8) {
          out.write((buffer >> (bits - 8)) & 0xff);
          bits -= 8;
        }
      }
      return out.toByteArray();
    }
  }

  /** Steps 59061240 and 59061241 (2026-02-23, 09:00 UTC) share the RFC secret's code 963181. */
  @org.junit.jupiter.api.Test
  void whenTwoNeighbouringStepsShareACodeTheLaterIsTheOneMatched() {
    var totp = new TotpCodes();
    String shared = SecretsSeen.remember(totp.code(RFC_SECRET, 59_061_240L));
    assertThat(totp.code(RFC_SECRET, 59_061_241L)).isEqualTo(shared);
    Instant inTheLater = Instant.ofEpochSecond(59_061_241L * TotpCodes.PERIOD_SECONDS + 5);
    assertThat(totp.matchingStep(RFC_SECRET, shared, inTheLater)).hasValue(59_061_241L);
  }
}
