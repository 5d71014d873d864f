package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Users;
import dev.tenso.testsupport.RedisMonitor;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.UserBuilder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The acknowledgement of {@code /forward status} (and {@code status <number>}, {@code list},
 * {@code help}, the modal's opening) is built from at most two Redis commands, counted with
 * Redis {@code MONITOR}, once the instance has answered the user before: one script reads their
 * user record with the inventory's version (the directory's slot), one per number shown reads its
 * number and forwarding hashes (its slot); the Slack link and the contract and site are
 * remembered, each checked against what is read (see {@code RedisForwardingSnapshotsTest}).
 * Every key is named by the adapter (one slot per command, so it reads the same on Redis
 * Cluster). The reads do not grow with the organisation: 300 more users leave them as they were.
 */
class StatusCommandCountTest extends SlackFixture {
  private static final List<String> TEXTS =
      List.of("status", "status 050-1111-0001", "list", "help", "edit");

  @Autowired StringRedisTemplate redis;
  @Autowired Users users;

  @Test
  void theAckReadsTheUsersOwnKeysAndNoMoreWhenTheOrganisationGrows() {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    send("status"); // the first use links the Slack user (after the ack)
    api.await("/respond/count", 1);
    Map<String, List<String>> small = commandsOfEachAck("small");
    small.forEach((text, commands) -> assertThat(commands)
        .as("Redis commands of the ack of /forward " + text)
        .isNotEmpty().hasSizeLessThanOrEqualTo(2)
        .allMatch(c -> c.startsWith("\"EVALSHA\" "), "a read script"));
    assertThat(small.get("status")).hasSize(2);
    assertThat(small.get("status").get(0)).as("the user with the inventory's version")
        .matches("\"EVALSHA\" \"\\w+\" \"2\" \"tenso:user:\\{directory\\}:[^\"]+\" "
            + "\"tenso:inventory-version:\\{directory\\}\"");
    assertThat(small.get("status").get(1)).as("the number with its setting").endsWith(
        "\"2\" \"tenso:number:{05011110001}\" \"tenso:forwarding:{05011110001}\"");

    for (int i = 0; i < 300; i++) {
      users.create(UserBuilder.aUser().email("many" + i + "@example.com")
          .phone("03-5555-" + String.format("%04d", i)).build(), null);
    }
    assertThat(commandsOfEachAck("large")).as("the same reads with 300 more users")
        .isEqualTo(small);
  }

  /** Each text's ack (sent once before to warm the script cache), as "COMMAND" "key"... */
  private Map<String, List<String>> commandsOfEachAck(String run) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (RedisMonitor monitor = new RedisMonitor(TestRedis.shared().port())) {
      for (String text : TEXTS) {
        send(text);
        String from = run + "-from-" + text;
        String to = run + "-to-" + text;
        echo(from);
        var res = send(text);
        echo(to);
        if (!text.equals("edit")) {
          assertThat(ReadableTexts.of(res)).as("answered in the ack").isNotBlank();
        }
        out.put(text, monitor.clientCommands(from, to).stream()
            .map(l -> l.substring(l.indexOf("] ") + 2)).toList());
      }
    }
    return out;
  }

  private void echo(String marker) {
    redis.execute((RedisCallback<Object>) c ->
        c.execute("ECHO", marker.getBytes(StandardCharsets.UTF_8)));
  }

  private String send(String text) {
    var res = wire.form(SlackWire.commandBody("U_TARO", "/forward", text,
        api.base() + "/respond/count", "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    return res.body();
  }
}
