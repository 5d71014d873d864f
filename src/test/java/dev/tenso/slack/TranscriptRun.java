package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@link Transcript} against the running app: each step sends what Slack would send
 * (a command, a button, a modal submission, an event, signed or deliberately not) and checks the
 * acknowledgement and the Web API calls and response_url posts that follow, with texts named by
 * catalog key (rendered in the step's language) or given literally.
 */
final class TranscriptRun {
  private final Transcript transcript;
  private final SlackWire wire;
  private final SlackApiStub api;
  private final MessageCatalog chat;
  private final World world;
  private String user = "U_UNKNOWN";
  private Language lang = Language.JA;
  private JsonObject lastView;
  private String lastSeen = "";
  private String lastMessage = "";
  private int step;

  /** What a run may inspect of the app beyond Slack: the store, the mail. */
  interface World {
    /** A text describing the number's forwarding as stored (enabled, slots, active, ...). */
    Map<String, String> forwarding(String number);

    /** Every key of tenso's Redis with a text of its value. */
    Map<String, String> keyspace();

    int mailsTo(String address);

    /** The texts of the mails to the address, newest first (empty when none). */
    String lastMail(String address);
  }

  TranscriptRun(Transcript t, SlackWire wire, SlackApiStub api, MessageCatalog chat, World w) {
    this.transcript = t;
    this.wire = wire;
    this.api = api;
    this.chat = chat;
    this.world = w;
  }

  void run() {
    transcript.slackUsers().forEach((id, u) -> api.slackUser(id, String.valueOf(u.get("email")),
        String.valueOf(u.getOrDefault("locale", "ja-JP"))));
    for (Map<String, Object> s : transcript.steps()) {
      step++;
      try {
        run(s);
      } catch (AssertionError e) {
        throw new AssertionError(transcript.file() + " step " + step + " " + describe(s) + ": "
            + e.getMessage(), e);
      }
    }
  }

  private static String describe(Map<String, Object> s) {
    Map<String, Object> copy = new LinkedHashMap<>(s);
    copy.remove("expect");
    return copy.toString();
  }

  @SuppressWarnings("unchecked")
  private void run(Map<String, Object> s) {
    if (s.containsKey("user")) {
      user = String.valueOf(s.get("user"));
    }
    if (s.containsKey("lang")) {
      lang = Language.of(String.valueOf(s.get("lang")));
    }
    Map<String, Object> expect = (Map<String, Object>) s.getOrDefault("expect", Map.of());
    Counts before = new Counts(api);
    Map<String, String> keyspace = expect.containsKey("nothingChanged") ? world.keyspace() : null;
    int mails = expect.containsKey("mailTo") ? world.mailsTo(String.valueOf(expect.get("mailTo")))
        : 0;
    String responseUrl = api.base() + "/respond/" + transcript.file() + "-" + step;
    HttpResponse<String> res;
    if (s.containsKey("command") || s.containsKey("code")) {
      String text = s.containsKey("code") ? "code " + SlackFixture.totp(email())
          : fill(String.valueOf(s.get("command")));
      res = wire.form(SlackWire.commandBody(user, "/forward", text, responseUrl, "trig-" + step),
          signing(s));
    } else if (s.containsKey("click")) {
      res = click((Map<String, Object>) s.get("click"), responseUrl, signing(s));
    } else if (s.containsKey("submit")) {
      res = submit((Map<String, Object>) s.get("submit"), signing(s));
    } else if (s.containsKey("event")) {
      res = event((Map<String, Object>) s.get("event"), signing(s));
    } else {
      throw new AssertionError("a step needs command, code, click, submit or event");
    }
    check(expect, res, before, responseUrl, keyspace, mails);
  }

  private static final java.util.regex.Pattern PLACE =
      java.util.regex.Pattern.compile("\\{(token|mailcode|totp):([^}]*)}");
  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("register ([A-Za-z0-9_-]{43})");
  private static final java.util.regex.Pattern MAIL_CODE =
      java.util.regex.Pattern.compile("(?:ワンタイムパスワード|One-time code): ([0-9]{6})");
  private static final java.util.regex.Pattern KEY =
      java.util.regex.Pattern.compile("`([A-Z2-7]{16,})`");

  /**
   * Fills {@code {token:<email>}} (the registration token of the newest mail to that address),
   * {@code {mailcode:<email>}} (the code of the newest mail), {@code {totp:shown}} (a current
   * code of the TOTP key tenso showed last) and {@code {totp:<email>}} (a current code of a user
   * with a known test secret, as {@code code: true} sends).
   */
  private String fill(String text) {
    java.util.regex.Matcher m = PLACE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "token" -> find(TOKEN, world.lastMail(m.group(2)), "a registration token");
        case "mailcode" -> find(MAIL_CODE, world.lastMail(m.group(2)), "a mailed code");
        default -> !m.group(2).equals("shown") ? SlackFixture.totp(m.group(2))
            : dev.tenso.testsupport.Totp.code(
            dev.tenso.testsupport.SecretsSeen.remember(find(KEY, lastSeen, "a TOTP key")),
            java.time.Instant.now());
      };
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          dev.tenso.testsupport.SecretsSeen.remember(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String find(java.util.regex.Pattern p, String in, String what) {
    java.util.regex.Matcher m = p.matcher(in);
    assertThat(m.find()).as(what + " in " + in).isTrue();
    return m.group(1);
  }

  private String email() {
    return String.valueOf(transcript.slackUsers().get(user).get("email"));
  }

  @SuppressWarnings("unchecked")
  private SlackWire.Signing signing(Map<String, Object> s) {
    Map<String, Object> sig = (Map<String, Object>) s.get("signing");
    if (sig == null) {
      return SlackWire.Signing.proper();
    }
    return new SlackWire.Signing(((Number) sig.getOrDefault("skew", 0)).longValue(),
        (String) sig.get("secret"), !Boolean.TRUE.equals(sig.get("unsigned")));
  }

  private HttpResponse<String> click(Map<String, Object> c, String responseUrl,
      SlackWire.Signing signing) {
    return wire.form(SlackWire.payloadBody(SlackPayloads.blockActions(user, step, c, responseUrl,
        lastView, this::buttonValue)), signing);
  }

  /** Submits the last view tenso opened, pushed or updated, with the given values. */
  private HttpResponse<String> submit(Map<String, Object> s, SlackWire.Signing signing) {
    assertThat(lastView).as("a view was opened before this submission").isNotNull();
    Map<String, String> given = new HashMap<>();
    Object v = s.get("values");
    if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> given.put(String.valueOf(k), x == null ? null : fill(String.valueOf(x))));
    }
    return wire.form(SlackWire.payloadBody(SlackPayloads.viewSubmission(user, lastView, given)),
        signing);
  }

  /** The value of the button with this action id in the last message tenso sent. */
  private String buttonValue(String actionId) {
    String needle = "\"action_id\":\"" + actionId + "\"";
    int at = lastMessage.indexOf(needle);
    assertThat(at).as("a button " + actionId + " in the last message").isGreaterThanOrEqualTo(0);
    int next = lastMessage.indexOf("\"action_id\"", at + needle.length());
    String rest = lastMessage.substring(at, next < 0 ? lastMessage.length() : next);
    java.util.regex.Matcher v = java.util.regex.Pattern.compile("\"value\":\"([^\"]*)\"")
        .matcher(rest);
    assertThat(v.find()).as("the value of button " + actionId).isTrue();
    return v.group(1);
  }

  private HttpResponse<String> event(Map<String, Object> e, SlackWire.Signing signing) {
    Map<String, String> headers = new HashMap<>();
    if (e.containsKey("retry")) {
      headers.put("X-Slack-Retry-Num", String.valueOf(e.get("retry")));
      headers.put("X-Slack-Retry-Reason", "http_timeout");
    }
    return wire.post(SlackPayloads.eventCallback(user, step, e).toString(), "application/json",
        signing, headers);
  }

  @SuppressWarnings("unchecked")
  private void check(Map<String, Object> expect, HttpResponse<String> res, Counts before,
      String responseUrl, Map<String, String> keyspace, int mails) {
    int status = ((Number) expect.getOrDefault("status", 200)).intValue();
    assertThat(res.statusCode()).as("HTTP status").isEqualTo(status);
    String body = res.body();
    if (body != null && body.contains("action_id")) {
      lastMessage = body;
    }
    if (expect.containsKey("ack")) {
      matches("ack", ReadableTexts.of(body), expect.get("ack"));
    }
    if (Boolean.TRUE.equals(expect.get("ackEmpty"))) {
      assertThat(ReadableTexts.of(body)).as("ack").isEmpty();
    }
    if (expect.containsKey("errors")) {
      JsonObject errors = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("errors");
      assertThat(errors).as("inline errors in " + body).isNotNull();
      ((Map<String, Object>) expect.get("errors")).forEach((block, m) -> {
        assertThat(errors.has(block)).as("an error on block " + block + " in " + errors).isTrue();
        matches("error of " + block, ReadableTexts.unescape(errors.get(block).getAsString()), m);
      });
    }
    for (String kind : List.of("update", "push")) {
      if (expect.containsKey(kind)) {
        JsonObject o = JsonParser.parseString(body).getAsJsonObject();
        assertThat(o.get("response_action").getAsString()).isEqualTo(kind);
        lastView = o.getAsJsonObject("view");
        matches(kind, ReadableTexts.of(lastView.toString()), expect.get(kind));
      }
    }
    if (expect.containsKey("respond")) {
      List<LoggedRequest> r = api.await("/respond/" + responseUrl.substring(
          responseUrl.lastIndexOf('/') + 1), 1);
      assertThat(r).as("a post to the response_url").isNotEmpty();
      lastMessage = r.get(r.size() - 1).getBodyAsString();
      matches("respond", ReadableTexts.of(r.get(r.size() - 1).getBodyAsString()), expect.get("respond"));
    }
    webApi(expect, before, "opens", "/api/views.open");
    webApi(expect, before, "updates", "/api/views.update");
    webApi(expect, before, "publishes", "/api/views.publish");
    webApi(expect, before, "dm", "/api/chat.postMessage");
    if (Boolean.TRUE.equals(expect.get("uploads"))) {
      assertThat(api.await("/api/files.completeUploadExternal",
          before.of("/api/files.completeUploadExternal") + 1)).hasSizeGreaterThan(
          before.of("/api/files.completeUploadExternal"));
    }
    if (expect.containsKey("forwarding")) {
      Map<String, Object> f = (Map<String, Object>) expect.get("forwarding");
      Map<String, String> stored = world.forwarding(String.valueOf(f.get("number")));
      f.forEach((k, v) -> {
        if (!k.equals("number")) {
          assertThat(stored.get(k)).as("stored " + k).isEqualTo(v == null ? "" : String.valueOf(v));
        }
      });
    }
    if (expect.containsKey("mailTo")) {
      String to = String.valueOf(expect.get("mailTo"));
      long end = System.nanoTime() + 5_000_000_000L;
      while (world.mailsTo(to) <= mails && System.nanoTime() < end) {
        sleep(20);
      }
      assertThat(world.mailsTo(to)).as("mails to " + to).isGreaterThan(mails);
    }
    if (keyspace != null) {
      sleep(300);
      assertThat(world.keyspace()).as("nothing stored changed").isEqualTo(keyspace);
      assertThat(new Counts(api).total()).as("no Web API call, no response").isEqualTo(
          before.total());
    }
  }

  private void webApi(Map<String, Object> expect, Counts before, String kind, String path) {
    if (!expect.containsKey(kind)) {
      return;
    }
    List<LoggedRequest> calls = api.await(path, before.of(path) + 1);
    assertThat(calls.size()).as(path + " called").isGreaterThan(before.of(path));
    Map<String, String> form = SlackApiStub.form(calls.get(calls.size() - 1));
    String json = form.containsKey("view") ? form.get("view")
        : form.containsKey("blocks") ? form.get("blocks") + form.getOrDefault("text", "")
        : form.getOrDefault("json", form.toString());
    if (form.containsKey("view") && !path.endsWith("views.publish")) {
      lastView = JsonParser.parseString(form.get("view")).getAsJsonObject();
    }
    matches(kind, ReadableTexts.of(json), expect.get(kind));
  }

  @SuppressWarnings("unchecked")
  private void matches(String where, String text, Object expected) {
    if (KEY.matcher(text).find()) {
      lastSeen = text;
    }
    if (expected instanceof List<?> list) {
      list.forEach(e -> matches(where, text, e));
      return;
    }
    if (expected instanceof Map<?, ?> m && m.containsKey("not")) {
      assertThat(text).as(where).doesNotContain(render(m.get("not")));
      return;
    }
    if (expected == null || Boolean.TRUE.equals(expected)) {
      return;
    }
    assertThat(text).as(where).contains(render(expected));
  }

  @SuppressWarnings("unchecked")
  private String render(Object expected) {
    if (expected instanceof Map<?, ?> m) {
      Map<String, String> params = new HashMap<>();
      Object p = m.get("params");
      if (p instanceof Map<?, ?> pm) {
        pm.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
      }
      params.putIfAbsent("command", "/forward");
      Language l = m.containsKey("lang") ? Language.of(String.valueOf(m.get("lang"))) : lang;
      String key = m.containsKey("error") ? "errors." + m.get("error") : String.valueOf(m.get("key"));
      return chat.text(key, l, new HashMap<>(params) {
        @Override
        public String get(Object k) {
          return getOrDefault(k, "");
        }
      });
    }
    return String.valueOf(expected);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How many calls each path had before a step. */
  private static final class Counts {
    private final SlackApiStub api;
    private final Map<String, Integer> counts = new HashMap<>();
    private final int total;

    Counts(SlackApiStub api) {
      this.api = api;
      for (String p : List.of("/api/views.open", "/api/views.update", "/api/views.publish",
          "/api/chat.postMessage", "/api/files.completeUploadExternal")) {
        counts.put(p, api.count(p));
      }
      this.total = api.totalRequests();
    }

    int of(String path) {
      return counts.getOrDefault(path, api.count(path));
    }

    int total() {
      return total;
    }
  }
}
