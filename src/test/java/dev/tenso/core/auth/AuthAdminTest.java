package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.SecretsSeen;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Administrator actions: admins only, fresh session required, audited. */
class AuthAdminTest {
  private final AuthFixture f = new AuthFixture();
  private final User admin = f.user(SecondFactor.TOTP, UserStatus.ACTIVE, Role.PORTAL_ADMIN);
  private final String adminSecret = f.activeTotpSecret(admin);
  private final ChannelIdentity adminSlack = AuthFixture.slack();
  private final Actor adminActor = new Actor(admin.id(), ChannelIdentity.of(Channel.SLACK, adminSlack.id()));

  @Test
  void aGeneralUserIsRefused() {
    User general = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String secret = f.activeTotpSecret(general);
    var who = AuthFixture.slack();
    f.signInTotp(who, general, secret, "");
    Actor actor = new Actor(general.id(), ChannelIdentity.of(Channel.SLACK, who.id()));
    assertThat(codes(f.admin.resetSecondFactor(actor, admin.id())))
        .containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(codes(f.admin.resendRegistration(actor, admin.id())))
        .containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(f.audit.forUser(general.id().value(), 10)).isEmpty();
    assertThat(f.audit.forUser(admin.id().value(), 10)).isEmpty();
  }

  @Test
  void anAdminWithoutAFreshSessionIsRefused() {
    User target = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    assertThat(codes(f.admin.resetSecondFactor(adminActor, target.id())))
        .containsExactly(ErrorCode.SESSION_REQUIRED);
    f.signInTotp(adminSlack, admin, adminSecret, "");
    f.clock.advance(Duration.ofMinutes(16));
    assertThat(codes(f.admin.resetSecondFactor(adminActor, target.id())))
        .containsExactly(ErrorCode.SESSION_REQUIRED);
  }

  @Test
  void resetSendsTheUserBackToEnrolmentAtTheNextSignIn() {
    User target = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    f.activeTotpSecret(target);
    f.signInTotp(adminSlack, admin, adminSecret, "");
    assertThat(f.admin.resetSecondFactor(adminActor, target.id()).isOk()).isTrue();

    var who = AuthFixture.phone();
    var setup = (Challenge.TotpSetup) f.signIn.begin(who, target.id(), "").orElseThrow();
    String key = SecretsSeen.remember(setup.key());
    var done = f.signIn.submit(who, f.codeAt(key, 0)).orElseThrow();
    SecretsSeen.remember(done.session().id());
    assertThat(f.totp.hasSecret(target.id())).isTrue();
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
    f.registration.startRegistration(target).orElseThrow();
    Mail.Registration old = f.mailer.lastRegistration(target.id());
    f.signInTotp(adminSlack, admin, adminSecret, "");
    assertThat(f.admin.resendRegistration(adminActor, target.id()).isOk()).isTrue();
    Mail.Registration fresh = f.mailer.lastRegistration(target.id());
    assertThat(fresh.linkToken()).isNotEqualTo(old.linkToken());
    var claim = new IdentityClaim(null, old.linkToken(), target.email().value(), target.name(),
        target.phone());
    assertThat(codes(f.registration.confirmIdentity(AuthFixture.slack(), claim)))
        .containsExactly(ErrorCode.REGISTRATION_CODE_INVALID);
    assertThat(f.audit.forUser(target.id().value(), 10)).extracting(e -> e.action())
        .containsExactly("user.registration.resend");
  }

  @Test
  void anUnknownTargetIsNamed() {
    f.signInTotp(adminSlack, admin, adminSecret, "");
    assertThat(codes(f.admin.resetSecondFactor(adminActor, f.users.nextId())))
        .containsExactly(ErrorCode.USER_NOT_FOUND);
  }

  @Test
  void importedRegisteredUsersAreActiveWithTheirSecretSealed() {
    User imported = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    String secret = SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(f.registration.importRegistered(imported.id(), secret).orElseThrow().status())
        .isEqualTo(UserStatus.ACTIVE);
    assertThat(f.redis.opsForValue().get("tenso:auth:totp:" + imported.id().value()))
        .doesNotContain(secret);
    assertThat(f.totp.verify(imported.id(), f.codeAt(secret, 0))).isTrue();
    assertThat(f.audit.forUser(imported.id().value(), 10)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.activate");
      assertThat(e.actor()).isEqualTo(Channel.IMPORT.id());
      assertThat(e.channel()).isEqualTo(Channel.IMPORT.id());
      assertThat(e.after()).isEqualTo("status=ACTIVE role=GENERAL");
    });

    User bad = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    assertThat(codes(f.registration.importRegistered(bad.id(), "not base32!")))
        .containsExactly(ErrorCode.SECOND_FACTOR_INVALID);
    assertThat(f.users.byId(bad.id()).orElseThrow().status()).isEqualTo(UserStatus.PENDING);
    assertThat(f.audit.forUser(bad.id().value(), 10)).isEmpty();
  }
}
