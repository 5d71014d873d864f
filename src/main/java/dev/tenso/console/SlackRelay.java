package dev.tenso.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack's side of the chat pane: what Slack posts to {@code /slack/events} when a user types a
 * slash command, clicks or submits (interactivity, {@code payload=}), or opens the App Home (an
 * event), signed as Slack signs ({@code v0:<timestamp>:<body>}, HMAC-SHA256 with the signing
 * secret) and sent to this server. Each request names a response URL and a trigger id that lead
 * back to the user in the {@link SlackStandIn}.
 */
public final class SlackRelay {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String signingSecret;
  private final String command;
  private final String standIn;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** @param standIn the stand-in's base URL (response URLs point there) */
  public SlackRelay(String signingSecret, String command, String standIn, Clock clock) {
    this.signingSecret = signingSecret;
    this.command = command;
    this.standIn = standIn;
    this.clock = clock;
  }

  /** What tenso acknowledged: the status and the body (a message, a response action, or empty). */
  public record Ack(int status, String body) {}

  /** {@code /forward <text>} typed by {@code user}; tenso's answers to it go to {@code ref}. */
  public Ack command(String user, String text, String ref, String localBase)
      throws IOException, InterruptedException {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "console");
    f.put("team_id", SlackStandIn.TEAM);
    f.put("team_domain", "console");
    f.put("channel_id", "D" + user.substring(1));
    f.put("channel_name", "directmessage");
    f.put("user_id", user);
    f.put("user_name", user.toLowerCase(java.util.Locale.ROOT));
    f.put("command", command);
    f.put("text", text);
    f.put("api_app_id", "ACONSOLE");
    f.put("response_url", responseUrl(user, ref));
    f.put("trigger_id", trigger(user));
    return post(form(f), "application/x-www-form-urlencoded", localBase);
  }

  /**
   * A click or a submission: the page's payload ({@code type}, {@code actions}, {@code view},
   * {@code container}) with what Slack adds: the user, the team, a trigger id and, for a message,
   * its response URL.
   */
  public Ack interaction(String user, ObjectNode payload, String ref, String localBase)
      throws IOException, InterruptedException {
    payload.putObject("user").put("id", user).put("username", user.toLowerCase(
        java.util.Locale.ROOT)).put("team_id", SlackStandIn.TEAM);
    payload.putObject("team").put("id", SlackStandIn.TEAM).put("domain", "console");
    payload.put("api_app_id", "ACONSOLE");
    payload.put("token", "console");
    payload.put("trigger_id", trigger(user));
    if (ref != null && !ref.isBlank()) {
      payload.put("response_url", responseUrl(user, ref));
    }
    return post("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload),
        StandardCharsets.UTF_8), "application/x-www-form-urlencoded", localBase);
  }

  /** The user opened tenso's App Home tab. */
  public Ack homeOpened(String user, String localBase) throws IOException, InterruptedException {
    long now = clock.instant().getEpochSecond();
    ObjectNode event = JSON.createObjectNode();
    event.put("token", "console").put("team_id", SlackStandIn.TEAM).put("api_app_id", "ACONSOLE")
        .put("type", "event_callback").put("event_id", "Ev" + UUID.randomUUID().toString()
            .replace("-", "")).put("event_time", now);
    event.putObject("event").put("type", "app_home_opened").put("user", user)
        .put("channel", "D" + user.substring(1)).put("tab", "home")
        .put("event_ts", now + ".000100");
    return post(JSON.writeValueAsString(event), "application/json", localBase);
  }

  private String responseUrl(String user, String ref) {
    return standIn + "/respond/" + user + "/" + ref.replaceAll("[^A-Za-z0-9_-]", "");
  }

  private static String trigger(String user) {
    return user + "." + UUID.randomUUID().toString().replace("-", "");
  }

  private Ack post(String body, String type, String localBase)
      throws IOException, InterruptedException {
    String ts = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(URI.create(localBase + "/slack/events"))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", type)
        .header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", "v0=" + hmac("v0:" + ts + ":" + body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Ack(r.statusCode(), r.body());
  }

  private String hmac(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
