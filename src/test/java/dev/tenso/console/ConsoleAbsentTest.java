package dev.tenso.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with real Twilio credentials and the console left to decide by itself:
 * the console is absent (no page, no JSON, no redirect at {@code /}), the phone channel is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tenso.console.enabled=", "tenso.twilio.auth-token=" + ConsoleAbsentTest.TOKEN,
    "tenso.public-url=https://tenso.example.test"})
class ConsoleAbsentTest {
  static final String TOKEN = "configured-twilio-token-0123456789";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    SecretsSeen.remember(TOKEN);
    registry.add("spring.data.redis.url", () -> TestRedis.shared().url());
  }

  @LocalServerPort int port;

  @Test
  void withRealCredentialsTheConsoleIsAbsentAndThePhoneChannelIsThere() throws Exception {
    for (String path : new String[] {"/", "/console", "/console/", "/console/api/info",
        "/console/console.js"}) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
    HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/twilio/voice"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(unsigned.statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
