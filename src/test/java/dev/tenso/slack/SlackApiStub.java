package dev.tenso.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WireMock standing in for the Slack Web API (every call of Bolt's client goes to
 * {@code <base>/api/<method>}) and for the response_urls tenso answers through
 * ({@code <base>/respond/<id>}). One per test JVM; stubs are reset before each test.
 */
final class SlackApiStub {
  private static SlackApiStub shared;

  private final WireMockServer server;

  private SlackApiStub() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    reset(); // Bolt's App calls auth.test when it is built, before any test runs
  }

  static synchronized SlackApiStub shared() {
    if (shared == null) {
      shared = new SlackApiStub();
      SlackApiStub s = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(s.server::stop));
    }
    return shared;
  }

  String base() {
    return server.baseUrl();
  }

  String apiUrl() {
    return base() + "/api/";
  }

  /** Forgets every request and stub, then answers every method with ok. */
  void reset() {
    server.resetAll();
    server.stubFor(post(urlPathMatching("/api/.*")).atPriority(10).willReturn(okJson(
        "{\"ok\":true}")));
    server.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson(
        "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"acme\",\"user\":\"tenso\","
            + "\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"B0001\"}")));
    server.stubFor(post(urlPathEqualTo("/api/users.info")).atPriority(9).willReturn(okJson(
        "{\"ok\":false,\"error\":\"user_not_found\"}")));
    for (String m : List.of("views.open", "views.update", "views.push", "views.publish")) {
      server.stubFor(post(urlPathEqualTo("/api/" + m)).willReturn(okJson(
          "{\"ok\":true,\"view\":{\"id\":\"V0001\",\"hash\":\"h\"}}")));
    }
    server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(
        "{\"ok\":true,\"channel\":\"D0001\",\"ts\":\"1.000001\"}")));
    server.stubFor(post(urlPathEqualTo("/api/conversations.open")).willReturn(okJson(
        "{\"ok\":true,\"channel\":{\"id\":\"D0001\"}}")));
    server.stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).willReturn(okJson(
        "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/F0001\",\"file_id\":\"F0001\"}")));
    server.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(okJson(
        "{\"ok\":true,\"files\":[{\"id\":\"F0001\",\"title\":\"qr\"}]}")));
    server.stubFor(post(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200)
        .withBody("OK - 1")));
    server.stubFor(post(urlPathMatching("/respond/.*")).willReturn(aResponse().withStatus(200)
        .withBody("ok")));
  }

  /** One more answer, until the next {@link #reset}. */
  void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
    server.stubFor(mapping);
  }

  /** users.info of a Slack user: their profile email and locale. */
  void slackUser(String slackId, String email, String locale) {
    server.stubFor(post(urlPathEqualTo("/api/users.info"))
        .withRequestBody(containing("user=" + slackId))
        .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + slackId + "\",\"locale\":\""
            + locale + "\",\"profile\":{\"email\":\"" + email + "\"}}}")));
  }

  /** Every call so far to a path (e.g. {@code /api/views.open}), oldest first. */
  List<LoggedRequest> calls(String path) {
    return server.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
  }

  /** Waits (at most 5 s) until {@code path} has had {@code count} calls; returns them all. */
  List<LoggedRequest> await(String path, int count) {
    long end = System.nanoTime() + 5_000_000_000L;
    List<LoggedRequest> found = calls(path);
    while (found.size() < count && System.nanoTime() < end) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      found = calls(path);
    }
    return found;
  }

  /** Every request received, except the cached auth.test. */
  int totalRequests() {
    return (int) server.getAllServeEvents().stream()
        .filter(e -> !e.getRequest().getUrl().contains("auth.test")).count();
  }

  int count(String path) {
    return calls(path).size();
  }

  /** The form parameters of a Web API call. */
  static Map<String, String> form(LoggedRequest r) {
    Map<String, String> out = new HashMap<>();
    String body = r.getBodyAsString();
    if (body.startsWith("{")) {
      out.put("json", body);
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
