package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.SecretsSeen;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP enrolment and verification against real Redis: tolerance, and at most once. */
class TotpServiceTest {
  private final AuthFixture f = new AuthFixture();

  @Test
  void enrolmentGivesUriQrCodeAndKeyAndCompletesWithACurrentCode() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    SignInStep.TotpSetup setup = f.parts.totp.setup(u);
    String key = SecretsSeen.remember(setup.key());

    assertThat(key).matches("[A-Z2-7]{32}"); // 32 x 5 bits = 160 bits
    String uri = URLDecoder.decode(setup.uri(), StandardCharsets.UTF_8);
    assertThat(uri).startsWith("otpauth://totp/").contains(u.email().value())
        .contains("secret=" + key).contains("issuer=tenso").contains("algorithm=SHA1")
        .contains("digits=6").contains("period=30");
    assertThat(setup.qrPng()).startsWith(0x89, 'P', 'N', 'G');
    assertThat(setup.toString()).doesNotContain(key);

    assertThat(f.parts.totp.hasSecret(u.id())).isFalse();
    assertThat(f.parts.totp.completeEnrolment(u.id(), AuthFixture.wrong(f.codeAt(key, 0)))).isFalse();
    assertThat(f.parts.totp.completeEnrolment(u.id(), f.codeAt(key, 0))).isTrue();
    assertThat(f.parts.totp.hasSecret(u.id())).isTrue();
    assertThat(f.stores.totpSecrets().findPending(u.id())).isEmpty();
  }

  @Test
  void theCodeThatCompletedEnrolmentCannotBeUsedAgain() {
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String key = SecretsSeen.remember(f.parts.totp.setup(u).key());
    String code = f.codeAt(key, 0);
    assertThat(f.parts.totp.completeEnrolment(u.id(), code)).isTrue();
    assertThat(f.parts.totp.verify(u.id(), code)).isFalse();
  }

  @Test
  void aCodeIsAcceptedOnceAndAnOlderStepNeverAfterANewerOne() {
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String secret = f.activeTotpSecret(u);
    String now = f.codeAt(secret, 0);
    String previous = f.codeAt(secret, -30);
    assertThat(f.parts.totp.verify(u.id(), now)).isTrue();
    assertThat(f.parts.totp.verify(u.id(), now)).isFalse();
    assertThat(f.parts.totp.verify(u.id(), previous)).isFalse();
    f.clock.advance(java.time.Duration.ofSeconds(30));
    assertThat(f.parts.totp.verify(u.id(), f.codeAt(secret, 0))).isTrue();
  }

  @Test
  void fiftyParallelSubmissionsOfOneCodeSucceedExactlyOnce() throws Exception {
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String secret = f.activeTotpSecret(u);
    String code = f.codeAt(secret, 0);
    assertThat(RaceTest.successes(50, () -> f.parts.totp.verify(u.id(), code))).isEqualTo(1);
  }

  /**
   * The server's clock sits {@code intoStep} seconds into a step; the device's clock is off by
   * {@code skew}. One step either side is accepted, so what passes depends on where in the step
   * the server is: mid-step, ±31 s passes and ±61 s does not; at the very start of a step, -31 s
   * is already two steps back.
   */
  @ParameterizedTest(name = "{0}s into the step, device skew {1}s: accepted={2}")
  @CsvSource({
      "15, -31, true", "15, 31, true", "15, -61, false", "15, 61, false",
      "0, -30, true", "0, -31, false", "0, 59, true", "0, 60, false",
      "29, -59, true", "29, -60, false", "29, 0, true", "29, 31, false"})
  void oneStepEitherSide(int intoStep, int skew, boolean accepted) {
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String secret = f.activeTotpSecret(u);
    f.clock.set(AuthFixture.START.plusSeconds(intoStep));
    assertThat(f.parts.totp.verify(u.id(), f.codeAt(secret, skew))).isEqualTo(accepted);
  }

  @Test
  void aSecretIsStoredSealedNeverInTheClear() {
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String secret = f.activeTotpSecret(u);
    String raw = f.redis.opsForValue().get("tenso:auth:totp:{" + u.id().value() + "}");
    assertThat(raw).isNotBlank().doesNotContain(secret);
    assertThat(f.parts.totp.verify(u.id(), f.codeAt(secret, 0))).isTrue();
  }

  @ParameterizedTest(name = "import of {0}: {1}")
  @CsvSource({
      "JBSW Y3DP EHPK 3PXP, true",
      "jbswy3dpehpk3pxp, true",
      "JBSWY3DP, false",
      "JBSWY3DPEHPK3PX1, false"})
  void importedSecretsMustBeBase32OfAtLeast80Bits(String secret, boolean ok) {
    SecretsSeen.remember(secret);
    SecretsSeen.remember(TotpService.normalise(secret));
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    assertThat(f.parts.totp.importSecret(u.id(), secret)).isEqualTo(ok);
    assertThat(f.parts.totp.hasSecret(u.id())).isEqualTo(ok);
  }
}
