package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.SecretsSeen;
import org.junit.jupiter.api.Test;

/** Sign-in with a mail code: the code is bound to the sign-in that asked for it. */
class SignInMailTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);

  @Test
  void aMailedCodeSignsInAndHandsBackThePendingAction() {
    var who = AuthFixture.phone();
    var sent = (Challenge.MailCodeSent) f.signIn.begin(who, u.id(), "forward:0501234").orElseThrow();
    SecretsSeen.remember(sent.challengeId());
    var done = f.signIn.submit(who, f.mailer.lastCode(u.id()).code()).orElseThrow();
    SecretsSeen.remember(done.session().id());
    assertThat(done.pendingAction()).isEqualTo("forward:0501234");
    assertThat(done.session().verified()).isTrue();
  }

  @Test
  void aCodeAskedForByOneIdentityDoesNotWorkForAnother() {
    var slack = AuthFixture.slack();
    var phone = AuthFixture.phone();
    remember(f.signIn.begin(slack, u.id(), "").orElseThrow());
    String slackCode = f.mailer.lastCode(u.id()).code();
    remember(f.signIn.begin(phone, u.id(), "").orElseThrow()); // replaces the slack code
    assertThat(f.signIn.submit(slack, slackCode).isOk()).isFalse();
  }

  private static void remember(Challenge c) {
    SecretsSeen.remember(((Challenge.MailCodeSent) c).challengeId());
  }

  @Test
  void switchedOffMailCodesRefuseToSignIn() {
    var off = new AuthFixture(AuthSettings.defaults().withMailOtpEnabled(false));
    User v = off.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
    assertThat(off.signIn.begin(AuthFixture.slack(), v.id(), "").violations())
        .extracting(x -> x.code()).containsExactly(ErrorCode.SECOND_FACTOR_NOT_ALLOWED);
  }
}
