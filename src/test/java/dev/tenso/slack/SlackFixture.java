package dev.tenso.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.messages.Catalogs;
import dev.tenso.testsupport.AppServers;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.Totp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the Slack channel on, on a random port: a real redis-server, a real
 * SMTP server (GreenMail), WireMock for the Slack Web API and the response_urls. Requests are
 * signed with the test signing secret. The organisation is imported afresh before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SlackFixture {
  static final String SIGNING_SECRET = SecretsSeen.remember("8f742231b10e8888abcd99yyyzzz85a5");
  static final String BOT_TOKEN = SecretsSeen.remember("xoxb-0001-0002-testtesttesttest");
  static final int SMTP_PORT = TestRedis.freePort();

  /** Test TOTP secrets of the users of it/ and parity/organisation.yaml. */
  static final Map<String, String> TOTP = Map.of(
      "admin@example.com", SecretsSeen.remember("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
      "taro@example.com", SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
      "emily@example.com", SecretsSeen.remember("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"));

  @RegisterExtension
  static final GreenMailExtension SMTP = AppServers.smtp(SMTP_PORT);

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    AppServers.redisAndMail(registry, SMTP_PORT);
    slackChannel(registry);
  }

  /** The Slack channel on, signed with the test secret, its Web API at the shared stand-in. */
  static void slackChannel(DynamicPropertyRegistry registry) {
    registry.add("tenso.slack.signing-secret", () -> SIGNING_SECRET);
    registry.add("tenso.slack.bot-token", () -> BOT_TOKEN);
    registry.add("tenso.slack.api-url", () -> SlackApiStub.shared().apiUrl());
  }

  /** TOTP time steps already used per secret: a code is accepted once, so each is new. */
  private static final Map<String, Set<Long>> USED = new ConcurrentHashMap<>();

  @LocalServerPort int port;
  @Autowired OrganisationImporter importer;
  @Autowired Catalogs catalogs;

  SlackWire wire;
  SlackApiStub api;

  @BeforeEach
  void freshWorld() {
    freshWorld(organisation());
  }

  void freshWorld(String organisation) {
    TestRedis.shared().flush();
    USED.clear();
    importer.load("classpath:" + organisation);
    api = SlackApiStub.shared();
    api.reset();
    wire = new SlackWire(port, SIGNING_SECRET);
  }

  /** The organisation imported before each test. */
  String organisation() {
    return "it/organisation.yaml";
  }

  /**
   * A current TOTP code of the user not used before in this test (the replay guard takes each
   * time step once, in order): the step before now (unless now ends within 5 s: the code would
   * be two steps old when checked), then now, then the next.
   */
  static String totp(String email) {
    String secret = TOTP.get(email);
    long seconds = Instant.now().getEpochSecond();
    long now = Math.floorDiv(seconds, 30);
    long before = seconds % 30 < 25 ? now - 1 : now;
    Set<Long> used = USED.computeIfAbsent(secret, s -> ConcurrentHashMap.newKeySet());
    for (long step : new long[] {before, now, now + 1}) {
      if (used.add(step)) {
        return SecretsSeen.remember(Totp.code(secret, Instant.ofEpochSecond(step * 30)));
      }
    }
    throw new IllegalStateException("three codes of one user in 30 s: wait for the next step");
  }
}
