package dev.tenso.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import org.junit.jupiter.api.Test;

/**
 * Something fails after the acknowledgement (here the Slack Web API answering 500): a user tenso
 * knows is told in their own language only; one it does not know yet, in Japanese and English.
 */
class FailureLanguageTest extends SlackFixture {
  @Test
  void aKnownUserIsToldInTheirLanguageAndAnUnknownOneInBoth() {
    api.slackUser("U_EMILY", "emily@example.com", "ja-JP");
    assertThat(send("U_EMILY", "status", "link")).isEmpty();
    api.await("/respond/link", 1); // the first use links the Slack user (after the ack)

    api.stub(post(urlPathEqualTo("/api/views.open")).atPriority(1)
        .willReturn(aResponse().withStatus(500)));
    assertThat(send("U_EMILY", "edit 050-2222-0001", "known")).isEmpty();
    assertThat(told("known")).contains(failed(Language.EN)).doesNotContain(failed(Language.JA));

    api.stub(post(urlPathEqualTo("/api/users.info")).atPriority(1)
        .withRequestBody(containing("user=U_NEW")).willReturn(aResponse().withStatus(500)));
    assertThat(send("U_NEW", "status", "unknown")).isEmpty();
    assertThat(told("unknown")).contains(failed(Language.JA)).contains(failed(Language.EN));
  }

  private String send(String user, String text, String respond) {
    var res = wire.form(SlackWire.commandBody(user, "/forward", text,
        api.base() + "/respond/" + respond, "trig"), SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    return ReadableTexts.of(res.body());
  }

  private String told(String respond) {
    var posts = api.await("/respond/" + respond, 1);
    assertThat(posts).as("an answer to the response_url").isNotEmpty();
    return ReadableTexts.of(posts.get(0).getBodyAsString());
  }

  private String failed(Language lang) {
    return catalogs.chat().text("slack.common.failed", lang);
  }
}
