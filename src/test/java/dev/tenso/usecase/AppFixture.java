package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.Totp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real Redis and a real SMTP server (GreenMail), with the test
 * organisation ({@code it/organisation.yaml}) imported afresh before each test. Users sign in
 * the real way: a TOTP code computed from their known test secret, submitted through
 * {@link SignInUseCases}.
 */
@SpringBootTest
abstract class AppFixture {
  static final int SMTP_PORT = TestRedis.freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  /** Test TOTP secrets of the imported users (also in it/organisation.yaml). */
  static final Map<String, String> SECRETS = Map.of(
      "admin@example.com", SecretsSeen.remember("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
      "taro@example.com", SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
      "emily@example.com", SecretsSeen.remember("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"));

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.url", () -> TestRedis.shared().url());
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired OrganisationImporter importer;
  @Autowired Users users;
  @Autowired SignInUseCases signIn;

  @BeforeEach
  void freshOrganisation() {
    TestRedis.shared().flush();
    importer.load("classpath:it/organisation.yaml");
  }

  User user(String email) {
    return users.byEmail(Email.of(email)).orElseThrow();
  }

  /** An actor on Slack who has not signed in. */
  Actor actor(String email) {
    return new Actor(user(email).id(), ChannelIdentity.of(Channel.SLACK, "U-" + email));
  }

  /** An actor on Slack with a fresh session, signed in through the door with a TOTP code. */
  Actor signedIn(String email) {
    Actor actor = actor(email);
    ChannelIdentity who = actor.identity();
    signIn.identify(who, new FirstFactorClaim.Linked(actor.user()));
    assertThat(signIn.next(who).step()).isEqualTo(new SignInStep.TotpCode());
    SignInAnswer done = signIn.submit(who, new SignInInput.Code(code(email)));
    assertThat(done.problems()).isEmpty();
    assertThat(done.step()).isInstanceOf(SignInStep.SignedIn.class);
    return actor;
  }

  /** The current TOTP code of an imported user. */
  static String code(String email) {
    return SecretsSeen.remember(Totp.code(SECRETS.get(email), Instant.now()));
  }
}
