package dev.tenso.voice;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tenso.testsupport.Totp;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with the phone channel on, a real Redis and a real SMTP
 * server (GreenMail), the phone test organisation ({@code voice/organisation.yaml}) imported
 * afresh before each test, and {@link TwilioStandIn} to call it as Twilio would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PhoneFixture {
  static final int SMTP_PORT = TestRedis.freePort();
  static final String ACCESS_NUMBER = "+815000000000";

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  /** Test TOTP secrets of the migrated users (also in voice/organisation.yaml). */
  static final Map<String, String> SECRETS = Map.of(
      "taro@example.com", SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
      "emily@example.com", SecretsSeen.remember("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"));

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.url", () -> TestRedis.shared().url());
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("tenso.twilio.auth-token", () -> TwilioStandIn.AUTH_TOKEN);
    registry.add("tenso.public-url", () -> TwilioStandIn.PUBLIC_URL + "/");
  }

  @LocalServerPort int port;
  @Autowired OrganisationImporter importer;
  @Autowired Users users;
  TwilioStandIn twilio;

  @BeforeEach
  void freshOrganisation() {
    TestRedis.shared().flush();
    importer.load("classpath:voice/organisation.yaml");
    twilio = new TwilioStandIn(port);
  }

  User user(String email) {
    return users.byEmail(Email.of(email)).orElseThrow();
  }

  /** The user's current TOTP code (remembered for the suite's log check). */
  static String totp(String email) {
    return SecretsSeen.remember(Totp.code(SECRETS.get(email), Instant.now()));
  }
}
