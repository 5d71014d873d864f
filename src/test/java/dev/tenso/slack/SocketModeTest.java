package dev.tenso.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.tenso.core.directory.Language;
import dev.tenso.testsupport.SecretsSeen;
import jakarta.websocket.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socket Mode ({@code SLACK_APP_TOKEN}): the app opens a connection ({@code
 * apps.connections.open}, answered by WireMock with the URL of a WebSocket endpoint this test
 * serves), and a slash command arriving there as an envelope is acknowledged on the socket and
 * runs the very handler of the request URL: the first use matches and links the Slack user, the
 * next {@code status} is answered in the acknowledgement itself.
 */
@DirtiesContext // the Socket Mode client stops with its context, not reconnecting to nothing
class SocketModeTest extends SlackFixture {
  private static final String APP_TOKEN = SecretsSeen.remember("xapp-1-A0001-1-socketmodetest");
  private static final SocketModeServer SLACK = new SocketModeServer();

  @Autowired StringRedisTemplate redis;

  @DynamicPropertySource
  static void socketMode(DynamicPropertyRegistry registry) {
    registry.add("tenso.slack.app-token", () -> APP_TOKEN);
    SlackApiStub.shared().stub(post(urlPathEqualTo("/api/apps.connections.open"))
        .willReturn(okJson("{\"ok\":true,\"url\":\"" + SLACK.url() + "\"}")));
  }

  @AfterAll
  static void stop() {
    SLACK.close();
  }

  @Test
  void aSlashCommandEnvelopeIsAcknowledgedAndRunByTheSameHandler() throws Exception {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    Session socket = SLACK.connected();

    SocketModeServer.send(socket, envelope("E1", "status", "/respond/socket-1"));
    assertThat(SLACK.awaitMessage("\"E1\"")).as("acknowledged").contains("envelope_id");
    assertThat(ReadableTexts.of(api.await("/respond/socket-1", 1).get(0).getBodyAsString()))
        .as("answered after the ack, through the response_url").contains("050-1111-0001");
    assertThat(redis.opsForValue().get("tenso:user-slack:{directory}:U_TARO")).as("linked").isNotNull();

    SocketModeServer.send(socket, envelope("E2", "status", "/respond/socket-2"));
    String ack = SLACK.awaitMessage("\"E2\"");
    assertThat(ReadableTexts.of(ack)).as("answered in the ack").contains("050-1111-0001")
        .contains(catalogs.chat().text("slack.status.title", Language.JA));
  }

  private String envelope(String id, String text, String respond) {
    JsonObject payload = new JsonObject();
    payload.addProperty("token", "unused");
    payload.addProperty("team_id", "T0001");
    payload.addProperty("team_domain", "acme");
    payload.addProperty("channel_id", "D0001");
    payload.addProperty("user_id", "U_TARO");
    payload.addProperty("user_name", "taro");
    payload.addProperty("command", "/forward");
    payload.addProperty("text", text);
    payload.addProperty("api_app_id", "A0001");
    payload.addProperty("response_url", api.base() + respond);
    payload.addProperty("trigger_id", "trig-" + id);
    JsonObject e = new JsonObject();
    e.addProperty("envelope_id", id);
    e.add("payload", payload);
    e.addProperty("type", "slash_commands");
    e.addProperty("accepts_response_payload", true);
    return e.toString();
  }
}
