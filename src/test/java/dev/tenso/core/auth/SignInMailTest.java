package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-in with a mail code: the code is bound to the sign-in that asked for it. */
class SignInMailTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);

  {
    f.parts.terms.agree(u.id(), f.terms.get().version()).orElseThrow();
  }

  @Test
  void aMailedCodeSignsIn() {
    var who = AuthFixture.phone();
    f.identify(who, u);
    assertThat(f.signIn.next(who).step()).isInstanceOf(SignInStep.MailCodeSent.class);
    var done = f.signIn.submit(who, new SignInInput.Code(f.mailer.lastCode(u.id()).code()));
    assertThat(done.step()).isInstanceOf(SignInStep.SignedIn.class);
    assertThat(f.sessions.isFresh(AuthFixture.actor(u, who))).isTrue();
  }

  @Test
  void aCodeAskedForByOneIdentityDoesNotWorkForAnother() {
    var slack = AuthFixture.slack();
    var phone = AuthFixture.phone();
    f.identify(slack, u);
    f.signIn.next(slack);
    String slackCode = f.mailer.lastCode(u.id()).code();
    f.identify(phone, u);
    f.signIn.next(phone); // replaces the slack code
    assertThat(f.signIn.submit(slack, new SignInInput.Code(slackCode)).problems())
        .extracting(v -> v.code()).containsExactly(ErrorCode.CODE_INVALID);
  }

  @Test
  void switchedOffMailCodesRefuseToSignIn() {
    var off = new AuthFixture(AuthSettings.defaults().withMailOtpEnabled(false));
    User v = off.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
    var who = AuthFixture.slack();
    off.identify(who, v);
    assertThat(off.signIn.next(who).step()).isEqualTo(new SignInStep.Refused(List.of(
        dev.tenso.core.common.Violation.of("code", ErrorCode.SECOND_FACTOR_NOT_ALLOWED))));
    assertThat(off.mailer.to(v.id())).isEmpty();
  }
}
