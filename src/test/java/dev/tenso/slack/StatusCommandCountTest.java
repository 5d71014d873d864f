package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.RedisMonitor;
import dev.tenso.testsupport.TestRedis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The acknowledgement of {@code /forward status} is built from at most two Redis commands (the
 * Slack user's link and one forwarding snapshot), counted with Redis {@code MONITOR}; so are
 * {@code status <number>}, {@code list}, {@code help} and the modal's opening.
 */
class StatusCommandCountTest extends SlackFixture {
  @Autowired StringRedisTemplate redis;

  @Test
  void statusAndTheModalAreAnsweredFromTwoRedisCommands() {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    send("status"); // the first use links the Slack user (after the ack)
    api.await("/respond/count", 1);
    try (RedisMonitor monitor = new RedisMonitor(TestRedis.shared().port())) {
      int n = 0;
      for (String text : List.of("status", "status 050-1111-0001", "list", "help", "edit")) {
        send(text); // warms the script cache (EVALSHA, else EVAL once)
        String from = "count-from-" + n;
        String to = "count-to-" + n++;
        echo(from);
        var res = send(text);
        echo(to);
        if (!text.equals("edit")) {
          assertThat(ReadableTexts.of(res)).as("answered in the ack").isNotBlank();
        }
        assertThat(monitor.clientCommands(from, to))
            .as("Redis commands of the ack of /forward " + text)
            .isNotEmpty().hasSizeLessThanOrEqualTo(2);
      }
    }
  }

  private void echo(String marker) {
    redis.execute((org.springframework.data.redis.core.RedisCallback<Object>) c ->
        c.execute("ECHO", marker.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private String send(String text) {
    var res = wire.form(SlackWire.commandBody("U_TARO", "/forward", text,
        api.base() + "/respond/count", "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    return res.body();
  }
}
