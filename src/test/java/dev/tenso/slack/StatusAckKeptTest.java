package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.testsupport.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An acknowledgement made of the same stored records is answered again as it was (nothing read,
 * parsed or rendered again), and any change of those records shows in the very next one: the
 * number's setting, the user's language; and a record another client (another instance) writes,
 * as soon as Redis has told of it.
 */
class StatusAckKeptTest extends SlackFixture {
  @Autowired Users users;
  @Autowired ForwardingUseCases forwarding;

  @Test
  void theSameRecordsGiveTheSameAnswerAndAChangeShowsInTheNextOne() {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    send("status");
    api.await("/respond/kept", 1); // the first use links the Slack user (after the ack)

    String first = send("status");
    String again = send("status");
    assertThat(again).isEqualTo(first);
    assertThat(ReadableTexts.of(first)).contains("050-1111-0001").contains("転送する");

    forwarding.change(Actor.system(Channel.SYSTEM), "050-1111-0001", ForwardingChange.turnOff())
        .orElseThrow();
    assertThat(ReadableTexts.of(send("status"))).contains("転送しない");

    User taro = users.byEmail(Email.of("taro@example.com")).orElseThrow();
    users.update(taro, new User(taro.id(), taro.name(), taro.email(), taro.phone(),
        taro.mobile(), Language.EN, taro.secondFactor(), taro.role(), taro.title(),
        taro.timezone(), taro.groups(), taro.numbers(), taro.comment(),
        taro.lineNotification(), taro.status(), taro.createdAt(), taro.slackId()), null);
    assertThat(ReadableTexts.of(send("status"))).contains("Forwarding off")
        .doesNotContain("転送しない");

    // another client (another instance) writes the user record: seen once Redis tells of it
    TestRedis.shared().template().opsForHash().put("tenso:user:{directory}:"
        + taro.id().value(), "language", "ja");
    long end = System.nanoTime() + 2_000_000_000L;
    String seen = send("status");
    while (!ReadableTexts.of(seen).contains("転送しない") && System.nanoTime() < end) {
      seen = send("status");
    }
    assertThat(ReadableTexts.of(seen)).contains("転送しない");
  }

  private String send(String text) {
    var res = wire.form(SlackWire.commandBody("U_TARO", "/forward", text,
        api.base() + "/respond/kept", "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    return res.body();
  }
}
