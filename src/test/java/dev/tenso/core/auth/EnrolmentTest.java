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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * First login after identity confirmation, through the door: second factor, then terms, then
 * ACTIVE and signed in.
 */
class EnrolmentTest {
  private final AuthFixture f = new AuthFixture();
  private final ChannelIdentity who = AuthFixture.slack();

  /** A PENDING user whose identity this identity confirmed: the set-up step. */
  private SignInStep confirmed(User u) {
    Mail.Registration mail = f.register(u);
    f.identify(who, u);
    f.signIn.submit(who, new SignInInput.RegistrationCode(mail.linkToken()));
    return f.signIn.submit(who,
        new SignInInput.Identity(u.email().value(), u.name(), u.phone())).step();
  }

  private UserStatus status(User u) {
    return f.users.byId(u.id()).orElseThrow().status();
  }

  @Test
  void totpThenTermsMakesTheUserActiveAndSignedIn() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    var setup = (SignInStep.TotpSetup) confirmed(u);
    String key = SecretsSeen.remember(setup.key());
    assertThat(setup.uri()).startsWith("otpauth://totp/");
    assertThat(f.signIn.next(who).step()).as("asked again: the same set-up").isEqualTo(setup);

    SignInAnswer wrong = f.signIn.submit(who,
        new SignInInput.Code(AuthFixture.wrong(f.codeAt(key, 0))));
    assertThat(codes(wrong.problems())).containsExactly(ErrorCode.CODE_INVALID);
    SignInStep terms = f.signIn.submit(who, new SignInInput.Code(f.codeAt(key, 0))).step();
    assertThat(terms).isEqualTo(new SignInStep.TermsToAgree("2026-04", "個人情報保護規約"));
    assertThat(status(u)).isEqualTo(UserStatus.PENDING);

    assertThat(f.signIn.submit(who, new SignInInput.AgreeTerms("2026-04")).step())
        .isEqualTo(new SignInStep.SignedIn(Optional.empty()));
    assertThat(status(u)).isEqualTo(UserStatus.ACTIVE);
    assertThat(f.sessions.isFresh(AuthFixture.actor(u, who))).isTrue();
    assertThat(f.parts.terms.needsAgreement(u.id())).isFalse();
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
  void mailCodeThenTerms() {
    User u = f.user(SecondFactor.MAIL_OTP, UserStatus.PENDING);
    var sent = (SignInStep.MailCodeSent) confirmed(u);
    assertThat(sent.setup()).isTrue();
    String code = f.mailer.lastCode(u.id()).code();
    assertThat(f.signIn.submit(who, new SignInInput.Code(code)).step())
        .isInstanceOf(SignInStep.TermsToAgree.class);
    f.signIn.submit(who, new SignInInput.AgreeTerms("2026-04"));
    assertThat(status(u)).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void stepsCannotBeSkippedNorTakenFromAnotherIdentity() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    f.register(u);
    f.identify(who, u);
    SignInAnswer skipped = f.signIn.submit(who, new SignInInput.AgreeTerms("2026-04"));
    assertThat(codes(skipped.problems()))
        .containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(skipped.step()).isEqualTo(new SignInStep.RegistrationCode());

    User v = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    SecretsSeen.remember(((SignInStep.TotpSetup) confirmed(v)).key());
    var other = AuthFixture.slack();
    f.identify(other, v);
    assertThat(codes(f.signIn.submit(other, new SignInInput.Code("123456")).problems()))
        .containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(status(v)).isEqualTo(UserStatus.PENDING);
  }

  @Test
  void anOutdatedTermsVersionIsRefused() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    String key = SecretsSeen.remember(((SignInStep.TotpSetup) confirmed(u)).key());
    f.signIn.submit(who, new SignInInput.Code(f.codeAt(key, 0)));
    SignInAnswer old = f.signIn.submit(who, new SignInInput.AgreeTerms("2001-01"));
    assertThat(codes(old.problems())).containsExactly(ErrorCode.TERMS_VERSION_OUTDATED);
    assertThat(old.step()).isInstanceOf(SignInStep.TermsToAgree.class);
    assertThat(status(u)).isEqualTo(UserStatus.PENDING);
  }
}
