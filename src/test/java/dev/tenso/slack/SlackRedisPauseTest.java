package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.directory.Language;
import dev.tenso.testsupport.TestRedis;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis stops answering in the middle of a change (CLIENT PAUSE: every client waits, the data
 * stays, and what was sent runs when the pause ends): the request is answered within Slack's 3 s
 * with "temporarily unavailable" in the user's language, and once Redis answers again nothing of
 * the change was written (the forwarding as before, no audit event); the change then runs once.
 */
class SlackRedisPauseTest extends SlackFixture {
  static final String NUMBER = "05011110001";
  static final long PAUSE_MS = 2_500;

  @Autowired StringRedisTemplate redis;
  @Autowired AuditLog audit;

  @Test
  void aCodeSentDuringAPauseChangesNothingAndTheChangeThenRunsOnce() throws Exception {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    assertThat(send("on 09011112222", "pause-1")).contains(text("slack.signin.totp"));
    Map<Object, Object> before = forwarding();
    int events = audit.forNumber(NUMBER, 50).size();

    long paused = pause();
    long start = System.nanoTime();
    String code = totp("taro@example.com");
    String answer = send("code " + code, "pause-2");
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(tookMs).as("answered within Slack's 3 s").isLessThan(3_000);
    assertThat(answer).contains(text("errors.TEMPORARILY_UNAVAILABLE"))
        .doesNotContain(text("forwarding.done"));

    awaitEnd(paused);
    assertThat(forwarding()).as("the forwarding once Redis answers").isEqualTo(before);
    assertThat(audit.forNumber(NUMBER, 50)).hasSize(events);

    assertThat(send("code " + code, "pause-3")).as("the same code, not taken by the pause")
        .contains(text("forwarding.done"));
    Thread.sleep(300);
    assertThat(forwarding().get("slot2")).isEqualTo("09011112222");
    assertThat(audit.forNumber(NUMBER, 50)).as("the change ran once").hasSize(events + 1);
  }

  @Test
  void aModalSubmittedDuringAPauseIsAnsweredAndNothingIsStored() throws Exception {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    send("login", "pause-4");
    assertThat(send("code " + totp("taro@example.com"), "pause-5"))
        .contains(text("slack.signin.done"));
    int opened = api.count("/api/views.open");
    assertThat(send("edit", "pause-6")).isEmpty();
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> opens =
        api.await("/api/views.open", opened + 1);
    JsonObject view = JsonParser.parseString(SlackApiStub.form(opens.get(opens.size() - 1))
        .get("view")).getAsJsonObject();
    Map<Object, Object> before = forwarding();
    int events = audit.forNumber(NUMBER, 50).size();

    long paused = pause();
    long start = System.nanoTime();
    HttpResponse<String> res = wire.form(SlackWire.payloadBody(SlackPayloads.viewSubmission(
        "U_TARO", view, Map.of("slot2", "0312345678", "active", "2"))),
        SlackWire.Signing.proper());
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(tookMs).as("answered within Slack's 3 s").isLessThan(3_000);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(ReadableTexts.of(res.body())).contains(text("errors.TEMPORARILY_UNAVAILABLE"));

    awaitEnd(paused);
    Thread.sleep(300);
    assertThat(forwarding()).as("the forwarding once Redis answers").isEqualTo(before);
    assertThat(audit.forNumber(NUMBER, 50)).hasSize(events);
  }

  /** Pauses every client of the shared Redis; returns when (System.nanoTime) it was asked. */
  private static long pause() {
    long at = System.nanoTime();
    TestRedis.shared().template().execute((RedisCallback<Object>) c -> c.execute("CLIENT",
        "PAUSE".getBytes(), Long.toString(PAUSE_MS).getBytes(), "ALL".getBytes()));
    return at;
  }

  /** Waits for the pause to end and Redis to have run what waited. */
  private void awaitEnd(long paused) throws InterruptedException {
    long left = PAUSE_MS - (System.nanoTime() - paused) / 1_000_000 + 200;
    if (left > 0) {
      Thread.sleep(left);
    }
    redis.hasKey("tenso:nothing"); // answered only after what was queued before it
  }

  private Map<Object, Object> forwarding() {
    return redis.opsForHash().entries("tenso:forwarding:{" + NUMBER + "}");
  }

  private String text(String key) {
    return catalogs.chat().text(key, Language.JA);
  }

  /** {@code /forward <text>} by taro: the acknowledgement, or else the response_url's post. */
  private String send(String text, String path) {
    HttpResponse<String> res = wire.form(SlackWire.commandBody("U_TARO", "/forward", text,
        api.base() + "/respond/" + path, "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    String ack = ReadableTexts.of(res.body());
    if (!ack.isBlank() || text.equals("edit")) {
      return ack;
    }
    var posted = api.await("/respond/" + path, 1);
    assertThat(posted).as("an answer to " + text).isNotEmpty();
    return ReadableTexts.of(posted.get(0).getBodyAsString());
  }
}
