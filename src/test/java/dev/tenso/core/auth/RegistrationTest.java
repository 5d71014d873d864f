package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.SecretsSeen;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registration codes and identity confirmation, against real Redis. */
class RegistrationTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
  private final ChannelIdentity who = AuthFixture.slack();

  private Mail.Registration start() {
    f.registration.startRegistration(u).orElseThrow();
    return f.mailer.lastRegistration(u.id());
  }

  private Outcome<RegistrationStep> confirm(String code) {
    return f.registration.confirmIdentity(who,
        new IdentityClaim(u.id(), code, u.email().value(), u.name(), u.phone()));
  }

  @Test
  void theMailCarriesATokenAKeypadCodeAndTheExpiry() {
    Mail.Registration mail = start();
    assertThat(mail.linkToken()).matches("[A-Za-z0-9_-]{43}"); // 256 bits, base64url
    assertThat(mail.keypadCode()).matches("[0-9]{8}");
    assertThat(mail.expiresAt()).isEqualTo(AuthFixture.START.plus(Duration.ofHours(72)));
    assertThat(mail.toString()).doesNotContain(mail.linkToken()).doesNotContain(mail.keypadCode());
    var stored = f.redis.opsForHash().entries("tenso:auth:reg:" + u.id().value());
    assertThat(stored.values()).isNotEmpty().allSatisfy(v -> assertThat((String) v)
        .doesNotContain(mail.linkToken()).doesNotContain(mail.keypadCode()));
  }

  @Test
  void eitherFormConfirmsOnceAndNeverAgain() {
    Mail.Registration mail = start();
    assertThat(confirm(mail.keypadCode()).orElseThrow()).isEqualTo(RegistrationStep.SECOND_FACTOR);
    assertThat(codes(confirm(mail.keypadCode())))
        .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    assertThat(codes(confirm(mail.linkToken())))
        .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
  }

  @Test
  void theLinkTokenWorksWithoutAKnownUser() {
    Mail.Registration mail = start();
    var claim = new IdentityClaim(null, mail.linkToken(), u.email().value(), u.name(), u.phone());
    assertThat(f.registration.confirmIdentity(who, claim).isOk()).isTrue();
  }

  @ParameterizedTest(name = "{0} after {1} h")
  @CsvSource({"keypad, 71.99, true", "keypad, 72, false", "token, 72, false", "token, 71.99, true"})
  void expiredCodesNeverWork(String form, double hours, boolean ok) {
    Mail.Registration mail = start();
    f.clock.advance(Duration.ofSeconds((long) (hours * 3600)));
    String code = form.equals("keypad") ? mail.keypadCode() : mail.linkToken();
    assertThat(confirm(code).isOk()).isEqualTo(ok);
  }

  @Test
  void askingAgainKillsTheOldCode() {
    Mail.Registration first = start();
    f.clock.advance(Duration.ofHours(73));
    Mail.Registration second = start();
    assertThat(codes(confirm(first.linkToken())))
        .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    assertThat(confirm(first.keypadCode()).isOk()).isEqualTo(
        first.keypadCode().equals(second.keypadCode()));
    assertThat(confirm(second.linkToken()).isOk()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "email differs | other@example.com | Com 太郎   | 050-1234-5678 | email",
      "name differs  | SAME              | Com 次郎   | 050-1234-5678 | name",
      "phone differs | SAME              | Com 太郎   | 050-1234-5679 | phone",
      "phone empty   | SAME              | Com 太郎   | ''            | phone"})
  void eachMismatchingFieldIsNamed(String why, String email, String name, String phone,
      String field) {
    Mail.Registration mail = start();
    var claim = new IdentityClaim(u.id(), mail.keypadCode(),
        email.equals("SAME") ? u.email().value() : email, name, phone);
    Outcome<RegistrationStep> out = f.registration.confirmIdentity(who, claim);
    assertThat(out.violations()).containsExactly(Violation.of(field, ErrorCode.IDENTITY_MISMATCH));
    assertThat(confirm(mail.keypadCode()).isOk()).as("the code still works").isTrue();
  }

  @ParameterizedTest(name = "''{0}'' / ''{1}'' / ''{2}'' match")
  @CsvSource(delimiter = '|', value = {
      "UPPER         | Com　太郎        | 05012345678",
      "SAME          | '  Com   太郎 '  | 050 1234 5678",
      "SAME          | Ｃｏｍ 太郎       | ０５０－１２３４－５６７８"})
  void normalisedFieldsMatch(String email, String name, String phone) {
    Mail.Registration mail = start();
    String e = email.equals("UPPER") ? u.email().value().toUpperCase() : u.email().value();
    var claim = new IdentityClaim(u.id(), mail.keypadCode(), e, name, phone);
    assertThat(f.registration.confirmIdentity(who, claim).isOk()).isTrue();
  }

  @Test
  void wrongRegistrationCodesCountTowardsTheLock() {
    start();
    for (int i = 0; i < 4; i++) {
      assertThat(codes(confirm(SecretsSeen.remember(String.format("%08d", i)))))
          .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    }
    assertThat(codes(confirm(SecretsSeen.remember("00000009")))).containsExactly(ErrorCode.USER_LOCKED);
  }

  @Test
  void activeAndDisabledUsersGetNoRegistration() {
    assertThat(codes(f.registration.startRegistration(f.user(SecondFactor.TOTP,
        UserStatus.ACTIVE)))).containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(codes(f.registration.startRegistration(f.user(SecondFactor.TOTP,
        UserStatus.DISABLED)))).containsExactly(ErrorCode.USER_DISABLED);
  }
}
