package dev.tenso.parity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.messages.Catalogs;
import dev.tenso.slack.SlackCommands;
import dev.tenso.testsupport.AppServers;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.voice.PhoneCalls;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running app on a random port with both channels on (Slack signed with the test secret, its
 * Web API at the shared stand-in; the phone signed as the Twilio stand-in signs), a real Redis and
 * a real SMTP server: the tests of this package share it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BothChannels {
  static final int SMTP_PORT = TestRedis.freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP = AppServers.smtp(SMTP_PORT);

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    AppServers.redisAndMail(registry, SMTP_PORT);
    SlackCommands.settings(registry);
    PhoneCalls.settings(registry);
  }

  @LocalServerPort int port;
  @Autowired OrganisationImporter importer;
  @Autowired Catalogs catalogs;

  /** Redis emptied and {@code organisation} (a classpath resource) imported. */
  void fresh(String organisation) {
    TestRedis.shared().flush();
    importer.load("classpath:" + organisation);
  }
}
