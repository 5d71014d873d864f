package dev.tenso.bench;

import dev.tenso.TensoApplication;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.TestRedis;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The phone channel over real HTTP into the running app, signed as Twilio signs, with a directory
 * of {@value #USERS} users: the routing answer ({@code POST /twilio/voice}) and one IVR step
 * (signature, call state, flow, TwiML), each against a floor measured in the same run: a bare
 * endpoint of the same server doing one Redis GET and answering fixed TwiML.
 */
final class PhoneBench {
  static final int USERS = 100_000;
  static final int THREADS = 4;
  static final long MILLIS = 5_000;
  static final String TOKEN = "bench-auth-token";
  static final String PUBLIC = "https://tenso.bench.test";
  static final String FIXED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial>"
      + "<Number>+819012345678</Number></Dial></Response>";
  private static final Pattern ACTION = Pattern.compile("action=\"" + Pattern.quote(PUBLIC)
      + "([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PhoneBench() {}

  /** The floor: one Redis GET, fixed TwiML, on the same server. */
  @Configuration(proxyBeanMethods = false)
  static class Floor {
    @Bean
    RouterFunction<ServerResponse> benchFloor(StringRedisTemplate redis) {
      return RouterFunctions.route().POST("/bench/floor", r -> {
        redis.opsForValue().get("tenso:bench:floor");
        return ServerResponse.ok().contentType(org.springframework.http.MediaType.TEXT_XML)
            .body(FIXED);
      }).build();
    }
  }

  static void run(Report report) throws Exception {
    try (TestRedis redis = TestRedis.start();
         ConfigurableApplicationContext app = new SpringApplicationBuilder(
             TensoApplication.class, Floor.class).run("--server.port=0",
             "--spring.data.redis.url=" + redis.url(), "--tenso.mail.demo-log=false",
             "--tenso.twilio.auth-token=" + TOKEN, "--tenso.public-url=" + PUBLIC,
             "--logging.level.root=WARN")) {
      String local = "http://127.0.0.1:"
          + ((WebServerApplicationContext) app).getWebServer().getPort();
      app.getBean(OrganisationImporter.class).load("classpath:demo/organisation.yaml");
      String[] next = new String[THREADS];
      for (int t = 0; t < THREADS; t++) { // before the directory grows: see firstStep below
        next[t] = startCall(local, "CAivr" + t);
      }
      long t0 = System.nanoTime();
      fill(app.getBean(Users.class));
      report.section("Phone channel over HTTP, " + THREADS + " threads, " + USERS + " users");
      report.note(String.format("directory filled in %.1f s", (System.nanoTime() - t0) / 1e9));
      Map<String, String> call = Map.of("CallSid", "CAbench", "From", "+819099990000",
          "To", "+815011110001");
      Samples floor = measure(t -> () -> post(local, "/bench/floor", call));
      Samples routing = measure(t -> () -> post(local, "/twilio/voice", call));
      long first = System.nanoTime();
      boolean answered = post(local, "/twilio/ivr", Map.of("CallSid", "CAfirst",
          "From", "+819099990000", "To", "+815000000000")).contains("<Gather");
      report.value("phone.ivr.firstStep.ms", (System.nanoTime() - first) / 1e6, "ms");
      if (!answered) {
        report.note("the first step of a call answered with an apology: identifying the caller"
            + " reads the whole directory (FirstFactor.byCaller) until the phone index lands");
        report.value("phone.ivr.firstStep.ms", Double.NaN, "ms");
      }
      Samples ivr = measure(t -> () -> next[t] = step(local, "CAivr" + t, next[t]));
      report.samples("phone.floor", floor);
      report.samples("phone.routing", routing);
      report.samples("phone.ivr", ivr);
      report.value("phone.routing.ratio", routing.opsPerSecond() / floor.opsPerSecond(), "x");
      report.value("phone.ivr.ratio", ivr.opsPerSecond() / floor.opsPerSecond(), "x");
    }
  }

  private static Samples measure(java.util.function.IntFunction<Runnable> op) throws Exception {
    Timing.concurrent(THREADS, 1_000, op); // warm-up
    return Timing.concurrent(THREADS, MILLIS, op);
  }

  /** The first step of an unknown caller (welcome), then the URL of the next step. */
  private static String startCall(String local, String sid) {
    return nextUrl(post(local, "/twilio/ivr", Map.of("CallSid", sid, "From", "+819099990000",
        "To", "+815000000000")));
  }

  /** One IVR step: 9 at the welcome (switch language and ask again). */
  private static String step(String local, String sid, String path) {
    return nextUrl(post(local, path, Map.of("CallSid", sid, "From", "+819099990000",
        "To", "+815000000000", "Digits", "9")));
  }

  private static String nextUrl(String twiml) {
    Matcher m = ACTION.matcher(twiml);
    if (!m.find()) {
      throw new IllegalStateException("no action in " + twiml);
    }
    return m.group(1);
  }

  static String post(String local, String path, Map<String, String> params) {
    StringBuilder body = new StringBuilder();
    StringBuilder signed = new StringBuilder(PUBLIC + path);
    new TreeMap<>(params).forEach((k, v) -> {
      body.append(body.length() == 0 ? "" : "&").append(k).append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      signed.append(k).append(v);
    });
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      String signature = Base64.getEncoder().encodeToString(
          mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(local + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-Twilio-Signature", signature)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@value #USERS} ACTIVE users, each with a phone of their own, created 8 at a time. */
  private static void fill(Users users) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      java.util.List<Future<?>> done = new java.util.ArrayList<>();
      for (int chunk = 0; chunk < 8; chunk++) {
        int c = chunk;
        done.add(pool.submit(() -> {
          for (int i = c; i < USERS; i += 8) {
            users.create(user(users, i), null);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static User user(Users users, int i) {
    return new User(users.nextId(), "Bench " + i, Email.of("bench" + i + "@example.com"),
        String.format("03-%04d-%04d", i / 10_000, i % 10_000), "", Language.JA,
        SecondFactor.MAIL_OTP, Role.GENERAL, "", ZoneId.of("Asia/Tokyo"), Set.of(), Set.of(), "",
        false, UserStatus.ACTIVE, Instant.EPOCH, "");
  }
}
