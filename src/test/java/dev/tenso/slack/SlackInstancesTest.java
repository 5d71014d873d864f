package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.tenso.TensoApplication;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.AppServers;
import dev.tenso.testsupport.TestRedis;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two tenso instances sharing one Redis behind a load balancer: the steps of one Slack
 * conversation alternate between them (the change asked on one, its code given on the other,
 * the status read on the first) and go on as with one instance; the change's notice is mailed
 * once, whichever instance made it.
 */
class SlackInstancesTest {
  static final int SMTP_PORT = TestRedis.freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP = AppServers.smtp(SMTP_PORT);

  @Test
  void aConversationWhoseStepsAlternateBetweenTwoInstancesGoesOnAndMailsItsNoticeOnce()
      throws Exception {
    SlackApiStub api = SlackApiStub.shared();
    api.reset();
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    try (TestRedis redis = TestRedis.start();
         ConfigurableApplicationContext a = start(redis, api);
         ConfigurableApplicationContext b = start(redis, api)) {
      a.getBean(OrganisationImporter.class).load("classpath:it/organisation.yaml");
      SlackWire onA = new SlackWire(port(a), SlackFixture.SIGNING_SECRET);
      SlackWire onB = new SlackWire(port(b), SlackFixture.SIGNING_SECRET);
      String respond = api.base() + "/respond/instances";

      assertThat(command(onA, "on 090-1111-2222", respond).statusCode()).isEqualTo(200);
      api.await("/respond/instances", 1); // asked for the code, by instance A
      assertThat(command(onB, "code " + SlackFixture.totp("taro@example.com"), respond)
          .statusCode()).isEqualTo(200);
      api.await("/respond/instances", 2); // the change ran on B, from A's pending request
      assertThat(a.getBean(ForwardingStore.class).get(IpNumber.of("050-1111-0001")).value()
          .activeDestination()).contains("090-1111-2222");
      assertThat(ReadableTexts.of(command(onA, "status", respond).body()))
          .contains("090-1111-2222");

      SMTP.waitForIncomingEmail(5000, 1);
      Thread.sleep(1000); // a second notice, if any instance sent one, would be here by now
      MimeMessage[] mails = SMTP.getReceivedMessages();
      assertThat(Arrays.stream(mails).filter(m -> recipient(m).equals("taro@example.com")))
          .as("notices of the change to Taro").hasSize(1);
    }
  }

  private static java.net.http.HttpResponse<String> command(SlackWire wire, String text,
      String respond) {
    return wire.form(SlackWire.commandBody("U_TARO", "/forward", text, respond, "trig"),
        SlackWire.Signing.proper());
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConfigurableApplicationContext start(TestRedis redis, SlackApiStub api) {
    return new SpringApplicationBuilder(TensoApplication.class).run("--server.port=0",
        "--spring.data.redis.url=" + redis.url(),
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
        "--tenso.slack.signing-secret=" + SlackFixture.SIGNING_SECRET,
        "--tenso.slack.bot-token=" + SlackFixture.BOT_TOKEN,
        "--tenso.slack.api-url=" + api.apiUrl());
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
