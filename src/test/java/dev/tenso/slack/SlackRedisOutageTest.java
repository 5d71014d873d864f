package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.Catalogs;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis stops in the middle of a conversation: every Slack request is still answered within
 * Slack's 3 s, with a clear "temporarily unavailable" (the ack, or the response_url when the
 * work was after the ack), never silence or a stack trace; when Redis is back, so is tenso.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SlackRedisOutageTest {
  static final TestRedis REDIS = TestRedis.start();
  static final int SMTP_PORT = TestRedis.freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.url", REDIS::url);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    SlackFixture.slackChannel(registry);
  }

  @AfterAll
  static void stopRedis() {
    REDIS.close();
  }

  @LocalServerPort int port;
  @Autowired OrganisationImporter importer;
  @Autowired Catalogs catalogs;

  @Test
  void everyRequestIsAnsweredWithinThreeSecondsWhileRedisIsDown() throws Exception {
    importer.load("classpath:it/organisation.yaml");
    SlackApiStub api = SlackApiStub.shared();
    api.reset();
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    String unavailable = catalogs.chat().text("errors.TEMPORARILY_UNAVAILABLE", Language.JA);
    assertThat(command("status", "/respond/outage-1").body()).isEmpty();
    assertThat(ReadableTexts.of(api.await("/respond/outage-1", 1).get(0).getBodyAsString()))
        .contains("050-1111-0001");

    REDIS.stop();
    try {
      HttpResponse<String> status = command("status", "/respond/outage-2");
      assertThat(status.statusCode()).isEqualTo(200);
      assertThat(ReadableTexts.of(status.body())).contains(unavailable)
          .doesNotContain("Exception");
      HttpResponse<String> change = command("on 09011112222", "/respond/outage-3");
      assertThat(change.statusCode()).isEqualTo(200);
      assertThat(ReadableTexts.of(change.body())).contains(unavailable);
    } finally {
      REDIS.restart();
    }
    long end = System.nanoTime() + 10_000_000_000L;
    String answer = "";
    int n = 4;
    while (!answer.contains(catalogs.chat().text("slack.status.title", Language.JA))
        && System.nanoTime() < end) {
      try {
        importer.load("classpath:it/organisation.yaml"); // the restarted Redis kept nothing
      } catch (dev.tenso.core.common.StoreUnavailableException notYetReconnected) {
        Thread.sleep(100);
        continue;
      }
      String path = "/respond/outage-" + n++;
      answer = ReadableTexts.of(command("status", path).body());
      if (answer.isBlank()) {
        answer = ReadableTexts.of(api.await(path, 1).get(0).getBodyAsString());
      }
    }
    assertThat(answer).as("tenso answers again once Redis is back")
        .contains(catalogs.chat().text("slack.status.title", Language.JA));
  }

  /** A signed command that must be acknowledged within Slack's 3 s. */
  private HttpResponse<String> command(String text, String path) throws Exception {
    String body = SlackWire.commandBody("U_TARO", "/forward", text,
        SlackApiStub.shared().base() + path, "trig");
    long ts = System.currentTimeMillis() / 1000;
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/slack/events"))
        .timeout(Duration.ofSeconds(3))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", Long.toString(ts))
        .header("X-Slack-Signature", new com.slack.api.app_backend.SlackSignature.Generator(
            SlackFixture.SIGNING_SECRET).generate(Long.toString(ts), body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
  }
}
