package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The acknowledgement of {@code /forward status} is built from at most two Redis commands (the
 * Slack user's link and one forwarding snapshot), counted with a Lettuce command listener on the
 * app's own client; so is {@code /forward status <number>} and the modal's opening.
 */
class StatusCommandCountTest extends SlackFixture {
  @Autowired LettuceConnectionFactory factory;

  @Test
  void statusAndTheModalAreAnsweredFromTwoRedisCommands() {
    List<String> seen = new CopyOnWriteArrayList<>();
    CommandListener listener = new CommandListener() {
      @Override
      public void commandStarted(CommandStartedEvent event) {
        seen.add(event.getCommand().getType().toString());
      }
    };
    ((AbstractRedisClient) factory.getNativeClient()).addListener(listener);
    try {
      api.slackUser("U_COUNT", "admin@example.com", "ja-JP");
      api.slackUser("U_TARO", "taro@example.com", "ja-JP");
      send("U_TARO", "status", true); // the first use links the Slack user (after the ack)
      api.await("/respond/count", 1);
      for (String text : List.of("status", "status 050-1111-0001", "list", "help", "edit")) {
        send("U_TARO", text, false); // warms the script cache (EVALSHA, else EVAL once)
        seen.clear();
        send("U_TARO", text, false);
        assertThat(seen).as("Redis commands of the ack of /forward " + text).isNotEmpty()
            .hasSizeLessThanOrEqualTo(2);
      }
    } finally {
      ((AbstractRedisClient) factory.getNativeClient()).removeListener(listener);
    }
  }

  private void send(String user, String text, boolean first) {
    var res = wire.form(SlackWire.commandBody(user, "/forward", text,
        api.base() + "/respond/count", "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    if (!first && !text.equals("edit")) {
      assertThat(ReadableTexts.of(res.body())).as("answered in the ack").isNotBlank();
    }
  }
}
