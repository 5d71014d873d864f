package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.SecretsSeen;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registration codes and identity confirmation through the door, against real Redis. */
class RegistrationTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.MAIL_OTP, UserStatus.PENDING);
  private final ChannelIdentity who = AuthFixture.slack();

  private SignInAnswer code(String code) {
    f.identify(who, u);
    return f.signIn.submit(who, new SignInInput.RegistrationCode(code));
  }

  private SignInAnswer identity(String email, String name, String phone) {
    return f.signIn.submit(who, new SignInInput.Identity(email, name, phone));
  }

  private SignInAnswer confirm(String code) {
    code(code);
    return identity(u.email().value(), u.name(), u.phone());
  }

  @Test
  void theMailCarriesATokenAKeypadCodeAndTheExpiry() {
    Mail.Registration mail = f.register(u);
    assertThat(mail.linkToken()).matches("[A-Za-z0-9_-]{43}"); // 256 bits, base64url
    assertThat(mail.keypadCode()).matches("[0-9]{8}");
    assertThat(mail.expiresAt()).isEqualTo(AuthFixture.START.plus(Duration.ofHours(72)));
    assertThat(mail.toString()).doesNotContain(mail.linkToken()).doesNotContain(mail.keypadCode());
    var stored = f.redis.opsForHash().entries("tenso:auth:reg:{" + u.id().value() + "}");
    assertThat(stored.values()).isNotEmpty().allSatisfy(v -> assertThat((String) v)
        .doesNotContain(mail.linkToken()).doesNotContain(mail.keypadCode()));
  }

  @Test
  void theCodeThenTheIdentityLeadToTheSecondFactorAndTheCodeNeverWorksAgain() {
    Mail.Registration mail = f.register(u);
    assertThat(code(mail.keypadCode()).step())
        .isEqualTo(new SignInStep.IdentityCheck(List.of("email", "name", "phone")));
    SignInAnswer confirmed = identity(u.email().value(), u.name(), u.phone());
    assertThat(confirmed.step()).isInstanceOf(SignInStep.MailCodeSent.class);
    SecretsSeen.remember(f.mailer.lastCode(u.id()).code());
    for (String used : List.of(mail.keypadCode(), mail.linkToken())) {
      var other = AuthFixture.phone();
      f.identify(other, u);
      assertThat(codes(f.signIn.submit(other, new SignInInput.RegistrationCode(used)).problems()))
          .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    }
  }

  @ParameterizedTest(name = "{0} after {1} h")
  @CsvSource({"keypad, 71.99, true", "keypad, 72, false", "token, 72, false", "token, 71.99, true"})
  void expiredCodesNeverWork(String form, double hours, boolean ok) {
    Mail.Registration mail = f.register(u);
    f.clock.advance(Duration.ofSeconds((long) (hours * 3600)));
    String code = form.equals("keypad") ? mail.keypadCode() : mail.linkToken();
    assertThat(code(code).problems().isEmpty()).isEqualTo(ok);
  }

  @Test
  void askingAgainKillsTheOldCode() {
    Mail.Registration first = f.register(u);
    Mail.Registration second = f.register(u);
    assertThat(codes(code(first.linkToken()).problems()))
        .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    assertThat(code(first.keypadCode()).problems().isEmpty())
        .isEqualTo(first.keypadCode().equals(second.keypadCode()));
    assertThat(confirm(second.linkToken()).problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "email differs | other@example.com | Com 太郎   | 050-1234-5678 | email",
      "name differs  | SAME              | Com 次郎   | 050-1234-5678 | name",
      "phone differs | SAME              | Com 太郎   | 050-1234-5679 | phone",
      "phone empty   | SAME              | Com 太郎   | ''            | phone"})
  void eachMismatchingFieldIsNamed(String why, String email, String name, String phone,
      String field) {
    Mail.Registration mail = f.register(u);
    code(mail.keypadCode());
    SignInAnswer out = identity(email.equals("SAME") ? u.email().value() : email, name, phone);
    assertThat(out.problems()).containsExactly(Violation.of(field, ErrorCode.IDENTITY_MISMATCH));
    assertThat(out.step()).isInstanceOf(SignInStep.IdentityCheck.class);
    assertThat(identity(u.email().value(), u.name(), u.phone()).problems())
        .as("the code still works").isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' / ''{1}'' / ''{2}'' match")
  @CsvSource(delimiter = '|', value = {
      "UPPER         | Com　太郎        | 05012345678",
      "SAME          | '  Com   太郎 '  | 050 1234 5678",
      "SAME          | Ｃｏｍ 太郎       | ０５０－１２３４－５６７８"})
  void normalisedFieldsMatch(String email, String name, String phone) {
    Mail.Registration mail = f.register(u);
    String e = email.equals("UPPER") ? u.email().value().toUpperCase() : u.email().value();
    code(mail.keypadCode());
    assertThat(identity(e, name, phone).problems()).isEmpty();
  }

  @Test
  void aKeypadAsksThePhoneAlone() {
    Mail.Registration mail = f.register(u);
    var phone = AuthFixture.phone();
    f.identify(phone, u);
    assertThat(f.signIn.submit(phone, new SignInInput.RegistrationCode(mail.keypadCode())).step())
        .isEqualTo(new SignInStep.IdentityCheck(List.of("phone")));
    assertThat(f.signIn.submit(phone, new SignInInput.Identity(null, null, "05012345678"))
        .step()).isInstanceOf(SignInStep.MailCodeSent.class);
  }

  @Test
  void theRegistrationIsTheIdentitysThatEnteredTheCode() {
    Mail.Registration mail = f.register(u);
    code(mail.keypadCode());
    var other = AuthFixture.slack();
    f.identify(other, u);
    SignInAnswer elsewhere = f.signIn.submit(other,
        new SignInInput.Identity(u.email().value(), u.name(), u.phone()));
    assertThat(codes(elsewhere.problems()))
        .containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(elsewhere.step()).isEqualTo(new SignInStep.RegistrationCode());
  }

  @Test
  void wrongRegistrationCodesAndIdentitiesCountTowardsTheLock() {
    Mail.Registration mail = f.register(u);
    for (int i = 0; i < 3; i++) {
      assertThat(codes(code(SecretsSeen.remember(String.format("%08d", i))).problems()))
          .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    }
    code(mail.keypadCode());
    assertThat(identity("x@example.com", u.name(), u.phone()).step())
        .isInstanceOf(SignInStep.IdentityCheck.class);
    assertThat(identity("x@example.com", u.name(), u.phone()).step())
        .isEqualTo(new SignInStep.Locked(AuthFixture.START.plus(Duration.ofMinutes(15))));
  }
}
