package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.SecretsSeen;
import org.junit.jupiter.api.Test;

/** First login after identity confirmation: second factor, then terms, then ACTIVE. */
class EnrolmentTest {
  private final AuthFixture f = new AuthFixture();
  private final ChannelIdentity who = AuthFixture.phone();

  private User confirmed(SecondFactor factor) {
    User u = f.user(factor, UserStatus.PENDING);
    f.registration.startRegistration(u).orElseThrow();
    Mail.Registration mail = f.mailer.lastRegistration(u.id());
    f.registration.confirmIdentity(who, new IdentityClaim(u.id(), mail.keypadCode(),
        u.email().value(), u.name(), u.phone())).orElseThrow();
    return u;
  }

  private UserStatus status(User u) {
    return f.users.byId(u.id()).orElseThrow().status();
  }

  @Test
  void totpThenTermsMakesTheUserActive() {
    User u = confirmed(SecondFactor.TOTP);
    var setup = (Challenge.TotpSetup) f.enrolment.beginSecondFactor(who, u.id()).orElseThrow();
    String key = SecretsSeen.remember(setup.key());
    assertThat(codes(f.enrolment.completeSecondFactor(who, u.id(),
        AuthFixture.wrong(f.codeAt(key, 0))))).containsExactly(ErrorCode.CODE_INVALID);
    assertThat(f.enrolment.completeSecondFactor(who, u.id(), f.codeAt(key, 0)).orElseThrow())
        .isEqualTo(RegistrationStep.TERMS);
    assertThat(status(u)).isEqualTo(UserStatus.PENDING);

    Terms terms = f.enrolment.terms();
    assertThat(f.enrolment.agreeTerms(who, u.id(), terms.version()).orElseThrow().status())
        .isEqualTo(UserStatus.ACTIVE);
    assertThat(status(u)).isEqualTo(UserStatus.ACTIVE);
    assertThat(f.termsService.needsAgreement(u.id())).isFalse();
    assertThat(f.audit.forUser(u.id().value(), 10)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.activate");
      assertThat(e.actor()).isEqualTo(u.id().value());
      assertThat(e.subject()).isEqualTo(u.id().value());
      assertThat(e.channel()).isEqualTo(who.channel().id());
      assertThat(e.before()).isEqualTo("status=PENDING role=GENERAL");
      assertThat(e.after()).isEqualTo("status=ACTIVE role=GENERAL");
    });
  }

  @Test
  void mailCodeEnrolmentThenTerms() {
    User u = confirmed(SecondFactor.MAIL_OTP);
    var sent = (Challenge.MailCodeSent) f.enrolment.beginSecondFactor(who, u.id()).orElseThrow();
    SecretsSeen.remember(sent.challengeId());
    String code = f.mailer.lastCode(u.id()).code();
    f.enrolment.completeSecondFactor(who, u.id(), code).orElseThrow();
    f.enrolment.agreeTerms(who, u.id(), f.enrolment.terms().version()).orElseThrow();
    assertThat(status(u)).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void stepsCannotBeSkippedNorTakenFromAnotherIdentity() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    assertThat(codes(f.enrolment.beginSecondFactor(who, u.id())))
        .containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);

    User v = confirmed(SecondFactor.TOTP);
    assertThat(codes(f.enrolment.agreeTerms(who, v.id(), f.enrolment.terms().version())))
        .containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(codes(f.enrolment.beginSecondFactor(AuthFixture.slack(), v.id())))
        .containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(status(v)).isEqualTo(UserStatus.PENDING);
  }

  @Test
  void anOutdatedTermsVersionIsRefused() {
    User u = confirmed(SecondFactor.TOTP);
    String key = SecretsSeen.remember(
        ((Challenge.TotpSetup) f.enrolment.beginSecondFactor(who, u.id()).orElseThrow()).key());
    f.enrolment.completeSecondFactor(who, u.id(), f.codeAt(key, 0)).orElseThrow();
    assertThat(codes(f.enrolment.agreeTerms(who, u.id(), "2001-01")))
        .containsExactly(ErrorCode.TERMS_VERSION_OUTDATED);
    assertThat(status(u)).isEqualTo(UserStatus.PENDING);
  }
}
