package dev.tenso.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where an answer given after the acknowledgement goes: the command's or the button's
 * {@code response_url} (an ephemeral message only the user sees), or a DM from the bot (App Home
 * buttons have no response_url).
 */
interface Answer {
  void send(Reply reply);

  /** Ephemeral, through the request's response_url; {@code replace} replaces the message. */
  static Answer responseUrl(Slack slack, String url, boolean replace) {
    return reply -> {
      try {
        if (replace) {
          new Responder(slack, url).sendToAction(b -> b.replaceOriginal(true)
              .responseType("ephemeral").text(reply.text()).blocks(reply.blocks()));
        } else {
          new Responder(slack, url).sendToCommand(b -> b.responseType("ephemeral")
              .text(reply.text()).blocks(reply.blocks()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Slack did not take the answer", e);
      }
    };
  }

  /** A DM from the bot to the user. */
  static Answer direct(MethodsClient client, String slackUserId) {
    return reply -> {
      try {
        client.chatPostMessage(b -> b.channel(slackUserId).text(reply.text())
            .blocks(reply.blocks()));
      } catch (IOException | SlackApiException e) {
        throw new IllegalStateException("Slack did not take the DM", e);
      }
    };
  }
}
