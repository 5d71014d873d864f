package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tenso.core.directory.Language;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.voicemail.Voicemail;
import dev.tenso.core.voicemail.VoicemailUseCases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the Slack channel on, a new voicemail message is told to each of the number's users who
 * use Slack by a DM from the bot (as well as by mail), in their language and time zone; the same
 * recording told again is kept and told once.
 */
class VoicemailDmTest extends SlackFixture {
  @Autowired VoicemailUseCases voicemail;

  @Test
  void aNewMessageIsToldByDmToTheNumbersLinkedUsers() {
    api.slackUser("U_TARO", "taro@example.com", "ja-JP");
    var res = wire.form(SlackWire.commandBody("U_TARO", "/forward", "status",
        api.base() + "/respond/vm-link", "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(api.await("/respond/vm-link", 1)).as("first use: linked").isNotEmpty();
    int dms = api.count("/api/chat.postMessage");

    Voicemail m = new Voicemail(IpNumber.of("050-1111-0001"), "RE0001",
        "https://api.twilio.com/Recordings/RE0001", 12, "+819011112222",
        Instant.parse("2026-11-29T01:02:03Z"));
    assertThat(voicemail.left(m)).isTrue();

    List<LoggedRequest> posted = api.await("/api/chat.postMessage", dms + 1);
    assertThat(posted).hasSize(dms + 1);
    Map<String, String> dm = SlackApiStub.form(posted.get(posted.size() - 1));
    assertThat(dm.get("channel")).isEqualTo("U_TARO");
    assertThat(dm.get("text")).isEqualTo(catalogs.chat().text("slack.voicemail.left",
        Language.JA, Map.of("number", "050-1111-0001", "caller", "+819011112222",
            "at", "2026年11月29日 10:02:03 (JST)", "seconds", "12",
            "url", "https://api.twilio.com/Recordings/RE0001")));

    assertThat(voicemail.left(m)).as("the same recording again: kept once, told once").isFalse();
    assertThat(api.count("/api/chat.postMessage")).isEqualTo(dms + 1);
  }
}
