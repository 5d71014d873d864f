package dev.tenso.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import dev.tenso.TensoApplication;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.Catalogs;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Signed {@code /forward status} requests over real HTTP into the running tenso (its Slack
 * channel on the Lab's Redis), and in the same run the same requests into a minimal Bolt app of
 * the same Bolt version whose handler only acknowledges: both throughputs and p99s, and their
 * ratios (the target: tenso's throughput at least 0.8 of the minimal app's; the p99 ratio is
 * reported only). Every ack of tenso's must show the status (its title): an ack left empty, as
 * when the Slack user was not linked, fails the run instead of being measured.
 */
final class SlackBench {
  static final String SECRET = "bench-signing-secret-0123456789abcdef";
  static final int THREADS = 4;
  static final int ROUNDS = 6;
  static final long MILLIS = 1_500;

  private final Lab lab;
  private final Report report;

  SlackBench(Lab lab, Report report) {
    this.lab = lab;
    this.report = report;
  }

  void run() throws Exception {
    report.section("Slack: signed /forward status over HTTP, " + THREADS + " threads, "
        + ROUNDS + " alternating rounds of " + MILLIS + " ms each");
    WireMockServer api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    api.start();
    api.stubFor(post(urlPathMatching("/api/auth.test")).willReturn(okJson(
        "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}")));
    api.stubFor(post(urlPathMatching("/api/users.info")).willReturn(okJson(
        "{\"ok\":true,\"user\":{\"id\":\"UBENCH\",\"locale\":\"ja-JP\","
            + "\"profile\":{\"email\":\"taro@example.com\"}}}")));
    api.stubFor(post(urlPathMatching("/respond/.*")).willReturn(okJson("{}")));
    ConfigurableApplicationContext tenso = null;
    Tomcat minimal = null;
    try {
      tenso = new SpringApplicationBuilder(TensoApplication.class).run(
          "--server.port=0", "--spring.data.redis.url=" + lab.server.url(),
          "--tenso.data-dir=" + Files.createTempDirectory("tenso-bench"),
          "--tenso.mail.embedded-port=0", "--tenso.mail.demo-log=false",
          "--tenso.slack.signing-secret=" + SECRET, "--tenso.slack.bot-token=xoxb-bench",
          "--tenso.slack.api-url=" + api.baseUrl() + "/api/", "--logging.level.root=WARN");
      int tensoPort = ((WebServerApplicationContext) tenso).getWebServer().getPort();
      String respond = api.baseUrl() + "/respond/x";
      String title = tenso.getBean(Catalogs.class).chat().text("slack.status.title", Language.JA);
      linked(tensoPort, respond, title);
      minimal = minimalBolt(api.baseUrl() + "/api/");
      int minimalPort = minimal.getConnector().getLocalPort();
      List<Samples> both = Timing.alternating(THREADS, 2_000, ROUNDS, MILLIS, List.of(
          t -> () -> send(CLIENTS[t], minimalPort, respond, ""),
          t -> () -> send(CLIENTS[t], tensoPort, respond, title)));
      Samples bolt = both.get(0);
      Samples ours = both.get(1);
      report.samples("slack.minimalBolt", bolt);
      report.samples("slack.status", ours);
      report.value("slack.status.ratio", ours.opsPerSecond() / bolt.opsPerSecond(),
          "(tenso / minimal Bolt, throughput)");
      report.value("slack.status.p99Ratio", ours.percentileMs(99) / bolt.percentileMs(99),
          "(tenso / minimal Bolt, p99; reported, not a target)");
    } finally {
      if (minimal != null) {
        minimal.stop();
        minimal.destroy();
      }
      if (tenso != null) {
        tenso.close();
      }
      api.stop();
    }
  }

  /** A Bolt app of the same version whose /forward handler only acknowledges, on Tomcat. */
  private static Tomcat minimalBolt(String apiUrl) throws Exception {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl);
    App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).signingSecret(SECRET)
        .singleTeamBotToken("xoxb-bench").build());
    app.command("/forward", (req, ctx) -> ctx.ack());
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("bolt-bench").toString());
    tomcat.setPort(0);
    Context ctx = tomcat.addContext("", null);
    Tomcat.addServlet(ctx, "bolt", new SlackAppServlet(app));
    ctx.addServletMappingDecoded("/slack/events", "bolt");
    tomcat.getConnector();
    tomcat.start();
    return tomcat;
  }

  private static final HttpClient[] CLIENTS = BenchHttp.clients(THREADS);

  /**
   * The body's signature in each second (the same for every request of it), so that the client's
   * signing, which is not what is measured, costs next to nothing.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> SIGNED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The first status links the Slack user (users.info, after the ack): waits until an ack shows
   * the status (its title), so that what is measured is the status, never an empty ack.
   */
  private static void linked(int port, String respond, String title) throws InterruptedException {
    long end = System.nanoTime() + 10_000_000_000L;
    String ack = send(HttpClient.newHttpClient(), port, respond, "");
    while (!ack.contains(title) && System.nanoTime() < end) {
      Thread.sleep(100);
      ack = send(HttpClient.newHttpClient(), port, respond, "");
    }
    if (!ack.contains(title)) {
      throw new IllegalStateException("tenso's ack to /forward status shows no status: " + ack);
    }
  }

  /** One signed status request; its ack must hold {@code expected} (empty: anything). */
  private static String send(HttpClient client, int port, String respond, String expected) {
    String body = "token=x&team_id=T1&user_id=UBENCH&command=%2Fforward&text=status"
        + "&response_url=" + URLEncoder.encode(respond, StandardCharsets.UTF_8)
        + "&trigger_id=t";
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/slack/events"))
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", SIGNED.computeIfAbsent(ts,
            x -> new SlackSignature.Generator(SECRET).generate(x, body)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
      if (res.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + res.statusCode());
      }
      if (!res.body().contains(expected)) {
        throw new IllegalStateException("an ack without the status: " + res.body());
      }
      return res.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
