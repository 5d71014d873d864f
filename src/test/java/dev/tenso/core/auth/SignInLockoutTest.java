package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.SecretsSeen;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed codes are counted per user across channels; a lock ends; unknown users look alike. */
class SignInLockoutTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
  private final String secret = f.activeTotpSecret(u);

  private Outcome<SignIn.SignedIn> fail(ChannelIdentity who, UserId user) {
    f.signIn.begin(who, user, "").orElseThrow();
    return f.signIn.submit(who, AuthFixture.wrong(f.codeAt(secret, 0)));
  }

  private static boolean signedIn(Outcome<SignIn.SignedIn> o) {
    if (o instanceof Outcome.Ok<SignIn.SignedIn> ok) {
      SecretsSeen.remember(ok.value().session().id());
    }
    return o.isOk();
  }

  @Test
  void theFifthFailureAcrossTwoChannelsLocksForFifteenMinutes() {
    var slack = AuthFixture.slack();
    var phone = AuthFixture.phone();
    for (int i = 0; i < 4; i++) {
      assertThat(codes(fail(i % 2 == 0 ? slack : phone, u.id())))
          .containsExactly(ErrorCode.CODE_INVALID);
    }
    Outcome<SignIn.SignedIn> fifth = fail(phone, u.id());
    assertThat(codes(fifth)).containsExactly(ErrorCode.USER_LOCKED);
    Instant until = AuthFixture.START.plus(Duration.ofMinutes(15));
    assertThat(fifth.violations().get(0).params()).containsEntry("until", until.toString());

    // Locked: even the right code is refused, and a new sign-in is not started.
    assertThat(codes(f.signIn.submit(slack, f.codeAt(secret, 0))))
        .containsExactly(ErrorCode.USER_LOCKED);
    assertThat(codes(f.signIn.begin(slack, u.id(), ""))).containsExactly(ErrorCode.USER_LOCKED);

    f.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(codes(f.signIn.begin(slack, u.id(), ""))).containsExactly(ErrorCode.USER_LOCKED);
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(f.signIn.begin(slack, u.id(), "").isOk()).isTrue();
    assertThat(signedIn(f.signIn.submit(slack, f.codeAt(secret, 0)))).isTrue();
  }

  @Test
  void aSuccessResetsTheCount() {
    var slack = AuthFixture.slack();
    for (int i = 0; i < 4; i++) {
      fail(slack, u.id());
    }
    f.signInTotp(slack, u, secret, "");
    f.clock.advance(Duration.ofSeconds(30));
    for (int i = 0; i < 4; i++) {
      assertThat(codes(fail(slack, u.id()))).containsExactly(ErrorCode.CODE_INVALID);
    }
  }

  @Test
  void anUnknownUserIsAskedAndRefusedExactlyLikeAKnownOne() {
    UserId nobody = f.users.nextId();
    var who = AuthFixture.slack();
    assertThat(f.signIn.begin(who, nobody, "").orElseThrow())
        .isEqualTo(f.signIn.begin(AuthFixture.slack(), u.id(), "").orElseThrow());
    for (int i = 0; i < 4; i++) {
      assertThat(codes(fail(who, nobody))).containsExactly(ErrorCode.CODE_INVALID);
    }
    assertThat(codes(fail(who, nobody))).containsExactly(ErrorCode.USER_LOCKED);
  }

  @Test
  void malformedCodesAreRefusedWithoutCounting() {
    var slack = AuthFixture.slack();
    f.signIn.begin(slack, u.id(), "").orElseThrow();
    for (String bad : List.of("12345", "1234567", "abcdef", "")) {
      for (int i = 0; i < 2; i++) {
        assertThat(codes(f.signIn.submit(slack, bad)))
            .containsExactly(ErrorCode.CODE_FORMAT_INVALID);
      }
    }
    assertThat(signedIn(f.signIn.submit(slack, f.codeAt(secret, 0)))).isTrue();
  }

  @Test
  void aSubmissionWithoutABeginIsRefused() {
    assertThat(codes(f.signIn.submit(AuthFixture.phone(), f.codeAt(secret, 0))))
        .containsExactly(ErrorCode.SESSION_REQUIRED);
  }

  @Test
  void pendingAndDisabledUsersCannotSignIn() {
    User pending = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    User disabled = f.user(SecondFactor.TOTP, UserStatus.DISABLED);
    assertThat(codes(f.signIn.begin(AuthFixture.slack(), pending.id(), "")))
        .containsExactly(ErrorCode.USER_NOT_ACTIVE);
    assertThat(codes(f.signIn.begin(AuthFixture.slack(), disabled.id(), "")))
        .containsExactly(ErrorCode.USER_DISABLED);
  }
}
