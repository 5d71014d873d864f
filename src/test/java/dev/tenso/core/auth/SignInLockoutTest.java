package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed codes are counted per user across channels, through the door; a lock ends. */
class SignInLockoutTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
  private final String secret = f.activeTotpSecret(u);

  {
    f.parts.terms.agree(u.id(), f.terms.get().version()).orElseThrow();
  }

  private SignInAnswer fail(ChannelIdentity who) {
    f.identify(who, u);
    f.signIn.next(who);
    return f.signIn.submit(who, new SignInInput.Code(AuthFixture.wrong(f.codeAt(secret, 0))));
  }

  private SignInAnswer right(ChannelIdentity who) {
    return f.signIn.submit(who, new SignInInput.Code(f.codeAt(secret, 0)));
  }

  @Test
  void theFifthFailureAcrossTwoChannelsLocksForFifteenMinutes() {
    var slack = AuthFixture.slack();
    var phone = AuthFixture.phone();
    for (int i = 0; i < 4; i++) {
      SignInAnswer failed = fail(i % 2 == 0 ? slack : phone);
      assertThat(codes(failed.problems())).containsExactly(ErrorCode.CODE_INVALID);
      assertThat(failed.step()).isEqualTo(new SignInStep.TotpCode());
    }
    Instant until = AuthFixture.START.plus(Duration.ofMinutes(15));
    SignInAnswer fifth = fail(phone);
    assertThat(fifth.step()).isEqualTo(new SignInStep.Locked(until));
    assertThat(fifth.problems()).isEmpty();

    // Locked: even the right code is refused, and nothing else begins.
    assertThat(right(slack).step()).isEqualTo(new SignInStep.Locked(until));
    assertThat(f.signIn.next(slack).step()).isEqualTo(new SignInStep.Locked(until));

    f.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(f.signIn.next(slack).step()).isEqualTo(new SignInStep.Locked(until));
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(f.signIn.next(slack).step()).isEqualTo(new SignInStep.TotpCode());
    assertThat(right(slack).step()).isInstanceOf(SignInStep.SignedIn.class);
  }

  @Test
  void aSuccessResetsTheCount() {
    var slack = AuthFixture.slack();
    for (int i = 0; i < 4; i++) {
      fail(slack);
    }
    f.signInTotp(slack, u, secret);
    f.signIn.logout(slack);
    f.clock.advance(Duration.ofSeconds(30));
    for (int i = 0; i < 4; i++) {
      assertThat(codes(fail(slack).problems())).containsExactly(ErrorCode.CODE_INVALID);
    }
  }

  @Test
  void malformedCodesAreRefusedWithoutCounting() {
    var slack = AuthFixture.slack();
    f.identify(slack, u);
    f.signIn.next(slack);
    for (String bad : List.of("12345", "1234567", "abcdef", "")) {
      for (int i = 0; i < 2; i++) {
        assertThat(codes(f.signIn.submit(slack, new SignInInput.Code(bad)).problems()))
            .containsExactly(ErrorCode.CODE_FORMAT_INVALID);
      }
    }
    assertThat(right(slack).step()).isInstanceOf(SignInStep.SignedIn.class);
  }

  @Test
  void anIdentityNobodyIdentifiedGetsNothing() {
    SignInAnswer answer = right(AuthFixture.phone());
    assertThat(answer.step()).isEqualTo(SignInUseCases.unknownStep());
    assertThat(answer.addressee()).isEmpty();
  }

  @Test
  void aCodeWhileSignedInIsOutOfOrderAndChangesNothing() {
    var slack = AuthFixture.slack();
    f.signInTotp(slack, u, secret);
    f.clock.advance(Duration.ofSeconds(30));
    SignInAnswer again = right(slack);
    assertThat(codes(again.problems())).containsExactly(ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(again.step()).isInstanceOf(SignInStep.SignedIn.class);
  }
}
