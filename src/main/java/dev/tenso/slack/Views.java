package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Web API calls made after the acknowledgement, through Bolt's client; failures as unchecked. */
final class Views {
  private Views() {}

  interface SlackCall<T> {
    T call() throws IOException, SlackApiException;
  }

  static <T> T call(SlackCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException("Slack Web API not reachable", e);
    } catch (SlackApiException e) {
      throw new IllegalStateException("Slack Web API refused the call", e);
    }
  }

  /** Opens a modal; false when Slack refused it (an expired trigger). */
  static boolean open(MethodsClient client, String trigger, View view) {
    ViewsOpenResponse r = call(() -> client.viewsOpen(b -> b.triggerId(trigger).view(view)));
    return r.isOk();
  }

  static void update(MethodsClient client, String viewId, View view) {
    call(() -> client.viewsUpdate(b -> b.viewId(viewId).view(view)));
  }

  static void publish(MethodsClient client, String slackUserId, View home) {
    call(() -> client.viewsPublish(b -> b.userId(slackUserId).view(home)));
  }
}
