package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.redis.TrackedHashes;
import dev.tenso.testsupport.RedisMonitor;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.UserBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acknowledgement of {@code /forward status} (and {@code status <number>}, {@code list},
 * {@code help}, the modal's opening) counted in Redis commands with {@code MONITOR}. The hashes
 * it is built from are kept until Redis tells of their change ({@code TrackedHashes}): once the
 * instance has answered the user, an ack reads nothing; after a change of the number's setting,
 * only that setting; and read afresh (nothing kept: the first time, or when Redis's tracking of
 * this instance's reads was lost), two commands: the user with the inventory's state, then
 * together the number with its setting (the contract and site are kept for the inventory's
 * version). Every key is named by the adapter. None of it grows with the organisation: 300 more
 * users leave it as it was.
 */
class StatusCommandCountTest extends SlackFixture {
  private static final List<String> TEXTS =
      List.of("status", "status 050-1111-0001", "list", "help", "edit");
  /** Each command of an ack read afresh: its keys, in the order given. */
  private static final List<List<String>> AFRESH = List.of(
      List.of("\"tenso:user:{directory}:", "\"tenso:inventory-state:{directory}\""),
      List.of("\"tenso:number:{05011110001}\"", "\"tenso:forwarding:{05011110001}\""));
  private static final List<String> KEYS = AFRESH.stream().flatMap(List::stream).toList();

  @Autowired Users users;
  @Autowired TrackedHashes tracked;
  @Autowired ForwardingUseCases forwarding;

  @Test
  void theAckReadsNothingKeptOnlyWhatChangedAndNoMoreWhenTheOrganisationGrows() {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    send("status"); // the first use links the Slack user (after the ack)
    api.await("/respond/count", 1);

    Map<String, List<String>> kept = commandsOfEachAck("kept");
    kept.forEach((text, commands) -> assertThat(commands)
        .as("Redis commands of the ack of /forward " + text).isEmpty());

    assertThat(ReadableTexts.of(send("status"))).contains("転送する");
    int published = api.count("/api/views.publish");
    forwarding.change(Actor.system(Channel.SYSTEM), "050-1111-0001",
        ForwardingChange.turnOff()).orElseThrow();
    // the change refreshes taro's Home tab in the background: its reads are not the acks'
    api.await("/api/views.publish", published + 1);
    String[] off = new String[1];
    List<String> changed = commandsOf("changed", () -> off[0] = send("status"));
    assertThat(changed).as("after a change: the setting again at most, with the status's own"
        + " keys (the Home tab refreshed by the change may have read it first)")
        .filteredOn(c -> c.startsWith("\"HGETALL\"") || c.startsWith("\"EVALSHA\""))
        .allMatch(c -> KEYS.stream().anyMatch(c::contains))
        .hasSizeLessThanOrEqualTo(2);
    assertThat(ReadableTexts.of(off[0])).contains("転送しない");

    tracked.forgetAll();
    List<String> afresh = commandsOf("afresh", () -> send("status"));
    assertThat(afresh).hasSize(AFRESH.size());
    for (int i = 0; i < AFRESH.size(); i++) {
      assertThat(afresh.get(i)).as("one script reading each key").startsWith("\"EVALSHA\"")
          .containsSubsequence(AFRESH.get(i));
    }

    for (int i = 0; i < 300; i++) {
      users.create(UserBuilder.aUser().email("many" + i + "@example.com")
          .phone("03-5555-" + String.format("%04d", i)).build(), null);
    }
    assertThat(commandsOfEachAck("large")).as("the same reads with 300 more users")
        .isEqualTo(kept);
    tracked.forgetAll();
    assertThat(commandsOf("afresh-large", () -> send("status"))).isEqualTo(afresh);
  }

  /** The commands sent while {@code ack} ran, as "COMMAND" "key"... */
  private List<String> commandsOf(String run, Runnable ack) {
    try (RedisMonitor monitor = new RedisMonitor(TestRedis.shared().port())) {
      return monitor.commandsOf(run, ack);
    }
  }

  /** Each text's ack (sent once before), as "COMMAND" "key"... */
  private Map<String, List<String>> commandsOfEachAck(String run) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (RedisMonitor monitor = new RedisMonitor(TestRedis.shared().port())) {
      for (String text : TEXTS) {
        send(text);
        String[] res = new String[1];
        out.put(text, monitor.commandsOf(run + "-" + text, () -> res[0] = send(text)));
        if (!text.equals("edit")) {
          assertThat(ReadableTexts.of(res[0])).as("answered in the ack").isNotBlank();
        }
      }
    }
    return out;
  }

  private String send(String text) {
    var res = wire.form(SlackWire.commandBody("U_TARO", "/forward", text,
        api.base() + "/respond/count", "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    return res.body();
  }
}
