package dev.tenso.slack;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends what Slack sends to {@code POST /slack/events}: slash commands (form), interactivity
 * ({@code payload=} form) and events (JSON), each signed with the signing secret the way Slack
 * signs ({@code v0:<timestamp>:<body>}, HMAC-SHA256), or deliberately not.
 */
final class SlackWire {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final String url;
  private final String secret;

  SlackWire(int port, String secret) {
    this.url = "http://127.0.0.1:" + port + "/slack/events";
    this.secret = secret;
  }

  /** How a request is signed: {@code skew} seconds off now, the secret used, or no signature. */
  record Signing(long skew, String secret, boolean signed) {
    static Signing proper() {
      return new Signing(0, null, true);
    }
  }

  static String commandBody(String userId, String command, String text, String responseUrl,
      String triggerId) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "unused");
    f.put("team_id", "T0001");
    f.put("team_domain", "acme");
    f.put("channel_id", "C0001");
    f.put("channel_name", "general");
    f.put("user_id", userId);
    f.put("user_name", userId.toLowerCase());
    f.put("command", command);
    f.put("text", text);
    f.put("api_app_id", "A0001");
    f.put("response_url", responseUrl);
    f.put("trigger_id", triggerId);
    return form(f);
  }

  static String payloadBody(JsonObject payload) {
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  HttpResponse<String> post(String body, String contentType, Signing signing,
      Map<String, String> headers) {
    long ts = System.currentTimeMillis() / 1000 + signing.skew();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(ts))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signing.signed()) {
      String key = signing.secret() == null ? secret : signing.secret();
      b.header("X-Slack-Signature", new SlackSignature.Generator(key)
          .generate(Long.toString(ts), body));
    }
    headers.forEach(b::header);
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> form(String body, Signing signing) {
    return post(body, "application/x-www-form-urlencoded", signing, Map.of());
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
