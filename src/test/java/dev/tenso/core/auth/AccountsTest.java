package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.SecretsSeen;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Sign-in's side of user administration (reset a second factor, resend the registration, both
 * through the user administration door) and of the import (users registered elsewhere).
 */
class AccountsTest {
  private final AuthFixture f = new AuthFixture();
  private final User admin = f.user(SecondFactor.TOTP, UserStatus.ACTIVE, Role.PORTAL_ADMIN);
  private final String adminSecret = f.activeTotpSecret(admin);
  private final Actor adminActor = AuthFixture.actor(admin, AuthFixture.slack());

  {
    f.parts.terms.agree(admin.id(), f.terms.get().version()).orElseThrow();
    f.signInTotp(adminActor.identity(), admin, adminSecret);
  }

  @Test
  void resetSendsTheUserBackToSetUpAtTheNextSignInAndLiftsTheLock() {
    User target = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    f.activeTotpSecret(target);
    f.parts.terms.agree(target.id(), f.terms.get().version()).orElseThrow();
    for (int i = 0; i < 5; i++) {
      f.parts.lockout.failure(target.id(), ErrorCode.CODE_INVALID);
    }
    assertThat(f.admin.resetSecondFactor(adminActor, target.id().value()).isOk()).isTrue();

    var who = AuthFixture.slack();
    f.identify(who, target);
    var setup = (SignInStep.TotpSetup) f.signIn.next(who).step();
    String key = SecretsSeen.remember(setup.key());
    assertThat(f.signIn.submit(who, new SignInInput.Code(f.codeAt(key, 0))).step())
        .isInstanceOf(SignInStep.SignedIn.class);
    assertThat(f.parts.totp.hasSecret(target.id())).isTrue();
    assertThat(f.audit.forUser(target.id().value(), 10)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.second-factor.reset");
      assertThat(e.actor()).isEqualTo(admin.id().value());
      assertThat(e.subject()).isEqualTo(target.id().value());
      assertThat(e.channel()).isEqualTo("slack");
    });
  }

  @Test
  void resendMailsANewCodeAndKillsTheOldOne() {
    User target = f.user(SecondFactor.MAIL_OTP, UserStatus.PENDING);
    Mail.Registration old = f.register(target);
    var sent = f.admin.resendRegistration(adminActor, target.id().value()).orElseThrow();
    assertThat(sent.expiresAt()).isEqualTo(AuthFixture.START.plus(Duration.ofHours(72)));
    Mail.Registration fresh = f.mailer.lastRegistration(target.id());
    assertThat(fresh.linkToken()).isNotEqualTo(old.linkToken());
    var who = AuthFixture.slack();
    f.identify(who, target);
    assertThat(codes(f.signIn.submit(who, new SignInInput.RegistrationCode(old.linkToken()))
        .problems())).containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    assertThat(f.audit.forUser(target.id().value(), 10)).extracting(e -> e.action())
        .containsExactly("user.registration.resend");
  }

  @Test
  void importedRegisteredUsersAreActiveWithTheirSecretSealedAndTheTermsAgreed() {
    User imported = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    String secret = SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(f.accounts.importRegistered(imported.id(), secret).orElseThrow().status())
        .isEqualTo(UserStatus.ACTIVE);
    assertThat(f.redis.opsForValue().get("tenso:auth:totp:{" + imported.id().value() + "}"))
        .doesNotContain(secret);
    assertThat(f.parts.terms.needsAgreement(imported.id())).isFalse();
    assertThat(f.signInTotp(AuthFixture.phone(), imported, secret).step())
        .isInstanceOf(SignInStep.SignedIn.class);
    assertThat(f.audit.forUser(imported.id().value(), 10)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.activate");
      assertThat(e.actor()).isEqualTo(Channel.IMPORT.id());
      assertThat(e.channel()).isEqualTo(Channel.IMPORT.id());
      assertThat(e.after()).isEqualTo("status=ACTIVE role=GENERAL");
    });

    User bad = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    assertThat(codes(f.accounts.importRegistered(bad.id(), "not base32!").violations()))
        .containsExactly(ErrorCode.SECOND_FACTOR_INVALID);
    assertThat(f.users.byId(bad.id()).orElseThrow().status()).isEqualTo(UserStatus.PENDING);
    assertThat(f.audit.forUser(bad.id().value(), 10)).isEmpty();
  }

  @Test
  void anInvitationIsMailedOnceToAUserTheImportAdded() {
    User added = f.user(SecondFactor.MAIL_OTP, UserStatus.PENDING);
    assertThat(f.accounts.invite(added, false).orElseThrow()).isEmpty();
    assertThat(f.mailer.to(added.id())).isEmpty();
    assertThat(f.accounts.invite(added, true).orElseThrow()).isPresent();
    assertThat(f.mailer.to(added.id())).hasSize(1);
    User active = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
    assertThat(f.accounts.invite(active, true).orElseThrow()).isEmpty();
  }
}
