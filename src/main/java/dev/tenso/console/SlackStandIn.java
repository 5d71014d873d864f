package dev.tenso.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Slack Web API as far as tenso uses it, for the console: a small HTTP server on the loopback
 * address (Bolt calls {@code auth.test} while tenso starts, before tenso's own server listens) that
 * answers each method as Slack would and records what Slack would show in the console's
 * {@link SlackLog}: messages, modals, the App Home, files, and the answers posted to the response
 * URLs the console hands out ({@code /respond/<user>/<message>}).
 */
public final class SlackStandIn implements AutoCloseable {
  static final String TEAM = "T0CONSOLE";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "console-slack-api");
    t.setDaemon(true);
    return t;
  });
  private final SlackLog log;
  private final AtomicLong ids = new AtomicLong();

  private SlackStandIn(SlackLog log) throws IOException {
    this.log = log;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/api/", this::api);
    server.createContext("/respond/", this::respond);
    server.createContext("/upload/", this::upload);
    server.setExecutor(threads);
  }

  /** Starts on a free loopback port. */
  public static SlackStandIn start(SlackLog log) {
    try {
      SlackStandIn s = new SlackStandIn(log);
      s.server.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("the console's Slack stand-in could not start", e);
    }
  }

  /** Its base URL, such as {@code http://127.0.0.1:41234}. */
  public String base() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
        + server.getAddress().getPort();
  }

  private void api(HttpExchange x) throws IOException {
    String method = x.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> p = params(x);
    String answer = switch (method) {
      case "auth.test" -> "{\"ok\":true,\"url\":\"http://localhost/\",\"team\":\"console\","
          + "\"user\":\"tenso\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"UTENSOBOT\","
          + "\"bot_id\":\"BTENSOBOT\"}";
      case "users.info" -> log.emailOf(p.getOrDefault("user", "")).map(email -> JSON
          .writeValueAsString(Map.of("ok", true, "user", Map.of("id", p.get("user"),
              "locale", "ja-JP", "profile", Map.of("email", email)))))
          .orElse("{\"ok\":false,\"error\":\"user_not_found\"}");
      case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D"
          + p.getOrDefault("users", "U").substring(1) + "\"}}";
      case "views.open", "views.push", "views.update", "views.publish" -> view(method, p);
      case "files.getUploadURLExternal" -> {
        String file = "F" + ids.incrementAndGet();
        yield "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/" + file
            + "\",\"file_id\":\"" + file + "\"}";
      }
      case "files.completeUploadExternal" -> files(p);
      default -> {
        if (method.startsWith("chat.")) {
          log.add(user(p.getOrDefault("channel", "")), method, p);
        }
        yield "{\"ok\":true,\"channel\":\"" + p.getOrDefault("channel", "") + "\",\"ts\":\""
            + ids.incrementAndGet() + ".000100\"}";
      }
    };
    send(x, 200, "application/json; charset=utf-8", answer);
  }

  /** A modal opened, pushed or updated, or a Home tab published: its owner sees it. */
  private String view(String method, Map<String, String> p) {
    String id = method.equals("views.update") ? p.getOrDefault("view_id", "")
        : "V" + ids.incrementAndGet();
    String owner = switch (method) {
      case "views.publish" -> p.getOrDefault("user_id", "");
      case "views.update" -> log.viewOwner(id).orElse("");
      default -> p.getOrDefault("trigger_id", "").split("\\.")[0];
    };
    log.ownView(id, owner);
    Map<String, String> recorded = new HashMap<>(p);
    recorded.put("view_id", id);
    log.add(owner, method, recorded);
    return "{\"ok\":true,\"view\":{\"id\":\"" + id + "\",\"hash\":\"h" + ids.incrementAndGet()
        + "\"}}";
  }

  private String files(Map<String, String> p) {
    String owner = user(p.getOrDefault("channel_id", ""));
    JsonNode files = JSON.readTree(p.getOrDefault("files", "[]"));
    for (JsonNode f : files) {
      log.add(owner, "files.completeUploadExternal", Map.of("file_id", f.path("id").asString(),
          "title", f.path("title").asString(""), "channel_id", p.getOrDefault("channel_id", "")));
    }
    return JSON.writeValueAsString(Map.of("ok", true, "files", files));
  }

  private void respond(HttpExchange x) throws IOException {
    List<String> parts = List.of(x.getRequestURI().getPath().split("/"));
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (parts.size() == 4) {
      log.add(parts.get(2), "respond", Map.of("json", body, "ref", parts.get(3)));
    }
    send(x, 200, "text/plain", "ok");
  }

  private void upload(HttpExchange x) throws IOException {
    String file = x.getRequestURI().getPath().substring("/upload/".length());
    byte[] data = x.getRequestBody().readAllBytes();
    log.file(file, data);
    send(x, 200, "text/plain", "OK - " + data.length);
  }

  /** A DM channel ({@code D…}) or a user id, as the user it belongs to. */
  private static String user(String channel) {
    return channel.startsWith("D") ? "U" + channel.substring(1) : channel;
  }

  /** The form or JSON parameters of a Web API call, each as text. */
  private static Map<String, String> params(HttpExchange x) throws IOException {
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> out = new HashMap<>();
    String type = x.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("application/json")) {
      JSON.readTree(body).properties().forEach(e -> out.put(e.getKey(),
          e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
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

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (var out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
