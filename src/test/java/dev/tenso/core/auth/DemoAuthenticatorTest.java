package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.Totp;
import dev.tenso.testsupport.UserBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The console's demo aid gives the code an authenticator app shows, for users at addresses
 * reserved for examples only, from the key being set up when there is one; never a code for
 * anyone else, whatever their second factor.
 */
class DemoAuthenticatorTest {
  private final AuthFixture f = new AuthFixture();
  private final DemoAuthenticator aid =
      new DemoAuthenticator(f.users, f.stores.totpSecrets(), f.clock);

  @Test
  void aDemoUsersCodeIsTheAuthenticatorAppsCodeNow() {
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String secret = f.activeTotpSecret(u);
    f.clock.advance(Duration.ofSeconds(12));

    DemoAuthenticator.Aid now = aid.now(u.email());

    assertThat(now.status()).isEqualTo(DemoAuthenticator.Status.ENROLLED);
    assertThat(now.code()).hasValue(SecretsSeen.remember(Totp.code(secret, f.clock.instant())));
    assertThat(now.secondsLeft()).isEqualTo(18);
    assertThat(now.toString()).doesNotContain(now.code().orElseThrow());
  }

  @Test
  void aKeyBeingSetUpWinsOverTheStoredOne() {
    User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    f.activeTotpSecret(u);
    String pending = SecretsSeen.remember("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    f.stores.totpSecrets().savePending(u.id(), pending, Duration.ofHours(1));

    DemoAuthenticator.Aid now = aid.now(u.email());

    assertThat(now.status()).isEqualTo(DemoAuthenticator.Status.ENROLLING);
    assertThat(now.code()).hasValue(SecretsSeen.remember(Totp.code(pending, f.clock.instant())));
  }

  @Test
  void aUserAtARealDomainNeverGetsACode() {
    User u = UserBuilder.aUser().id(f.users.nextId()).email("hanako@acme.co.jp")
        .secondFactor(SecondFactor.TOTP).build();
    f.users.create(u, null);
    f.activeTotpSecret(u);

    DemoAuthenticator.Aid now = aid.now(u.email());

    assertThat(now.status()).isEqualTo(DemoAuthenticator.Status.NOT_A_DEMO_USER);
    assertThat(now.code()).isEmpty();
  }

  @Test
  void noKeyAndNoUserGiveNoCode() {
    User mail = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
    assertThat(aid.now(mail.email()).status()).isEqualTo(DemoAuthenticator.Status.NO_KEY);
    assertThat(aid.now(Email.of("nobody-here@example.org")).code()).isEmpty();
  }

  @Test
  void theReservedDomainsAreTheExampleOnes() {
    for (String demo : new String[] {"a@example.com", "a@EXAMPLE.NET", "a@sub.example.org",
        "a@acme.test", "a@x.example", "a@box.localhost", "a@x.invalid"}) {
      assertThat(DemoAuthenticator.reservedForExamples(Email.of(demo))).as(demo).isTrue();
    }
    for (String real : new String[] {"a@example.co.jp", "a@myexample.com", "a@test.com",
        "a@example.com.evil.jp", "a@gmail.com"}) {
      assertThat(DemoAuthenticator.reservedForExamples(Email.of(real))).as(real).isFalse();
    }
  }
}
