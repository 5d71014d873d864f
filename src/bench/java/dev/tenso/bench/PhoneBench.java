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
import java.util.List;
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
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The phone channel over real HTTP into the running app, signed as Twilio signs, with a directory
 * of {@value #USERS} users: the routing answer ({@code POST /twilio/voice}) and one IVR step
 * (signature, call state, flow, TwiML), each against a floor measured in the same run: a bare
 * endpoint of the same server doing one Redis GET and answering fixed TwiML, served where the
 * webhooks are ({@link PhoneFloor}). All three are warmed up, then measured in {@value #ROUNDS}
 * alternating rounds (see {@link Timing#alternating}).
 */
final class PhoneBench {
  static final int USERS = 100_000;
  static final int THREADS = 4;
  static final int ROUNDS = 8;
  static final long MILLIS = 1_000;
  static final long WARM_MILLIS = 2_000;
  static final String TOKEN = "bench-auth-token";
  static final String PUBLIC = "https://tenso.bench.test";
  static final String FIXED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial>"
      + "<Number>+819012345678</Number></Dial></Response>";
  private static final Pattern ACTION = Pattern.compile("action=\"" + Pattern.quote(PUBLIC)
      + "([^\"]+)\"");
  private static final HttpClient[] CLIENTS = BenchHttp.clients(THREADS);
  /** Each thread's own Mac: the client's signing, not what is measured, costs next to nothing. */
  private static final ThreadLocal<Mac> SIGNER = ThreadLocal.withInitial(() -> {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return mac;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  });

  private PhoneBench() {}

  static void run(Report report) throws Exception {
    try (TestRedis redis = TestRedis.start();
         ConfigurableApplicationContext app = new SpringApplicationBuilder(
             TensoApplication.class, PhoneFloor.Registration.class).run("--server.port=0",
             "--spring.data.redis.url=" + redis.url(), "--tenso.mail.demo-log=false",
             "--tenso.twilio.auth-token=" + TOKEN, "--tenso.public-url=" + PUBLIC,
             "--logging.level.root=WARN")) {
      String local = "http://127.0.0.1:"
          + ((WebServerApplicationContext) app).getWebServer().getPort();
      app.getBean(OrganisationImporter.class).load("classpath:demo/organisation.yaml");
      app.getBean(StringRedisTemplate.class).opsForValue().set(PhoneFloor.KEY, PhoneFloor.VALUE);
      long t0 = System.nanoTime();
      fill(app.getBean(Users.class));
      report.section("Phone channel over HTTP, " + THREADS + " threads, " + USERS + " users, "
          + ROUNDS + " alternating rounds of " + MILLIS + " ms each");
      report.note(String.format("directory filled in %.1f s", (System.nanoTime() - t0) / 1e9));
      // each call identifies its caller among all USERS; the first step timed below is then
      // one more call's, on a warm server (its cost with the directory's size, not JIT's)
      Calls calls = new Calls(local);
      long first = System.nanoTime();
      boolean answered = post(0, local, "/twilio/ivr", Map.of("CallSid", "CAfirst",
          "From", "+819099990000", "To", "+815000000000")).contains("<Gather");
      report.value("phone.ivr.firstStep.ms", (System.nanoTime() - first) / 1e6, "ms");
      if (!answered) {
        report.note("the first step of a call answered with an apology (see the app's log)");
        report.value("phone.ivr.firstStep.ms", Double.NaN, "ms");
      }
      Map<String, String> call = Map.of("CallSid", "CAbench", "From", "+819099990000",
          "To", "+815011110001");
      List<Samples> measured = Timing.alternating(THREADS, WARM_MILLIS, ROUNDS, MILLIS, List.of(
          t -> () -> post(t, local, PhoneFloor.PATH, call),
          t -> () -> post(t, local, "/twilio/voice", call),
          t -> () -> calls.step(t)));
      Samples floor = measured.get(0);
      Samples routing = measured.get(1);
      Samples ivr = measured.get(2);
      report.samples("phone.floor", floor);
      report.samples("phone.routing", routing);
      report.samples("phone.ivr", ivr);
      report.value("phone.routing.ratio", routing.opsPerSecond() / floor.opsPerSecond(), "x");
      report.value("phone.ivr.ratio", ivr.opsPerSecond() / floor.opsPerSecond(), "x");
      report.note("requests sent again on a fresh connection (closed under the client): "
          + RESENT.sum());
    }
  }

  /** The first step of an unknown caller (welcome), then the URL of the next step. */
  private static String startCall(int t, String local, String sid) {
    return nextUrl(post(t, local, "/twilio/ivr", Map.of("CallSid", sid, "From", "+819099990000",
        "To", "+815000000000")));
  }

  /**
   * Each thread's IVR calls: {@value #CALLS} started beforehand, each taken for
   * {@value #CALL_STEPS} steps and then left for the next, as calls are a few steps long (a step
   * number has at most four digits: one call could not last the run).
   */
  private static final class Calls {
    static final int CALLS = 256;
    static final int CALL_STEPS = 60;
    private final String local;
    private final String[][] started = new String[THREADS][CALLS];
    private final int[] call = new int[THREADS];
    private final int[] steps = new int[THREADS];
    private final String[] next = new String[THREADS];

    Calls(String local) {
      this.local = local;
      for (int t = 0; t < THREADS; t++) {
        for (int c = 0; c < CALLS; c++) {
          started[t][c] = startCall(t, local, sid(t, c));
        }
        next[t] = started[t][0];
      }
    }

    /** One IVR step of thread {@code t}'s call: 9 at the welcome (switch language, ask again). */
    String step(int t) {
      if (steps[t] == CALL_STEPS) {
        steps[t] = 0;
        call[t]++;
        next[t] = call[t] < CALLS ? started[t][call[t]] : startCall(t, local, sid(t, call[t]));
      }
      steps[t]++;
      next[t] = nextUrl(post(t, local, next[t], Map.of("CallSid", sid(t, call[t]),
          "From", "+819099990000", "To", "+815000000000", "Digits", "9")));
      return next[t];
    }

    private static String sid(int t, int c) {
      return "CAivr" + t + "-" + c;
    }
  }

  private static String nextUrl(String twiml) {
    Matcher m = ACTION.matcher(twiml);
    if (!m.find()) {
      throw new IllegalStateException("no action in " + twiml);
    }
    return m.group(1);
  }

  static String post(int t, String local, String path, Map<String, String> params) {
    StringBuilder body = new StringBuilder();
    StringBuilder signed = new StringBuilder(PUBLIC + path);
    new TreeMap<>(params).forEach((k, v) -> {
      body.append(body.length() == 0 ? "" : "&").append(k).append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      signed.append(k).append(v);
    });
    try {
      String signature = Base64.getEncoder().encodeToString(
          SIGNER.get().doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
      HttpRequest request = HttpRequest.newBuilder(URI.create(local + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-Twilio-Signature", signature)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
      HttpResponse<String> r;
      try {
        r = CLIENTS[t].send(request, HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException lost) {
        // the JDK client sent it on a kept-alive connection the server had just closed (no
        // byte came back): sent again once, and counted, so a run shows how often it happened
        RESENT.increment();
        r = CLIENTS[t].send(request, HttpResponse.BodyHandlers.ofString());
      }
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Requests sent again after the connection they went out on was found closed. */
  static final java.util.concurrent.atomic.LongAdder RESENT =
      new java.util.concurrent.atomic.LongAdder();

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
