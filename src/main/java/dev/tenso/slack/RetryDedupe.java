package dev.tenso.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import dev.tenso.core.common.Deliveries;
import dev.tenso.core.common.StoreUnavailableException;
import java.time.Duration;

/**
 * An event Slack delivers again ({@code X-Slack-Retry-Num}, after a slow or lost answer) is
 * acknowledged and not run a second time: each event id is claimed once (Redis {@code SET NX EX}).
 * Runs after Bolt's signature check, so a forged request claims nothing.
 */
final class RetryDedupe implements Middleware {
  static final Duration KEEP = Duration.ofHours(1);

  private final Deliveries deliveries;

  RetryDedupe(Deliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req instanceof EventRequest event) {
      String id = eventId(event.getRequestBodyAsString());
      if (!id.isEmpty()) {
        try {
          if (!deliveries.claim("slack-event:" + id, KEEP)) {
            return Response.ok();
          }
        } catch (StoreUnavailableException e) {
          return Response.builder().statusCode(503).body("").build();
        }
      }
    }
    return chain.next(req);
  }

  static String eventId(String body) {
    try {
      JsonObject o = JsonParser.parseString(body).getAsJsonObject();
      return o.has("event_id") ? o.get("event_id").getAsString() : "";
    } catch (RuntimeException e) {
      return "";
    }
  }
}
