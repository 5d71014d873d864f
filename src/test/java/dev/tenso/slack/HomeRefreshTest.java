package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.testsupport.RedisMonitor;
import dev.tenso.testsupport.TestRedis;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A change made outside Slack (here by the console, a system actor) refreshes the App Home of the
 * number's users who use Slack, found through the number's index: the whole directory
 * ({@code tenso:users:{directory}}) is never read, watched with Redis {@code MONITOR}.
 */
class HomeRefreshTest extends SlackFixture {
  @Autowired ForwardingUseCases forwarding;
  @Autowired StringRedisTemplate redis;

  @Test
  void aChangeFromAnyChannelRefreshesTheNumbersUsersHomesWithoutReadingTheDirectory() {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    var res = wire.form(SlackWire.commandBody("U_TARO", "/forward", "status",
        api.base() + "/respond/home-link", "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(api.await("/respond/home-link", 1)).as("first use: linked").isNotEmpty();
    int published = api.count("/api/views.publish");

    List<String> seen;
    try (RedisMonitor monitor = new RedisMonitor(TestRedis.shared().port())) {
      echo("refresh-from");
      assertThat(forwarding.change(Actor.system(Channel.CONSOLE), "050-1111-0001",
          ForwardingChange.turnOff()).isOk()).isTrue();
      List<LoggedRequest> calls = api.await("/api/views.publish", published + 1);
      echo("refresh-to");
      assertThat(calls).hasSizeGreaterThan(published);
      Map<String, String> form = SlackApiStub.form(calls.get(calls.size() - 1));
      assertThat(form.get("user_id")).isEqualTo("U_TARO");
      assertThat(ReadableTexts.of(form.get("view"))).contains(catalogs.chat().text(
          "slack.home.turnOn", Language.JA, Map.of("number", "050-1111-0001")));
      seen = monitor.allCommands("refresh-from", "refresh-to");
    }
    assertThat(seen).as("what the change and the refresh read").isNotEmpty()
        .noneMatch(l -> l.contains("\"tenso:users:{directory}\""));
  }

  private void echo(String marker) {
    redis.execute((RedisCallback<Object>) c ->
        c.execute("ECHO", marker.getBytes(StandardCharsets.UTF_8)));
  }
}
