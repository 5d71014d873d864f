package dev.tenso.console;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chat pane's JSON: a console user's Slack id, their slash commands, clicks, submissions and
 * App Home visits relayed to the real Slack channel ({@link SlackRelay}), and what Slack would
 * show them since ({@link SlackLog}), including uploaded images such as the TOTP QR code.
 */
public final class ConsoleChatApi {
  private static final String BASE = ConsoleApi.BASE + "slack/";

  private final SlackRelay relay;
  private final SlackLog log;

  public ConsoleChatApi(SlackRelay relay, SlackLog log) {
    this.relay = relay;
    this.log = log;
  }

  public RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .GET(BASE + "user", r -> ServerResponse.ok().body(Map.of("slackId", id(r.param("email")
            .orElse("")))))
        .POST(BASE + "command", this::command)
        .POST(BASE + "interaction", this::interaction)
        .POST(BASE + "home", r -> ack(relay.homeOpened(id(r.body(Who.class).email()),
            ConsoleApi.localBase(r))))
        .GET(BASE + "events", r -> ServerResponse.ok().body(Map.of("events",
            log.after(id(r.param("email").orElse("")), Long.parseLong(r.param("after")
                .filter(a -> a.matches("[0-9]{1,18}")).orElse("0"))))))
        .GET(BASE + "files/{id}", r -> log.file(r.pathVariable("id"))
            .map(bytes -> ServerResponse.ok().contentType(MediaType.IMAGE_PNG).body(bytes))
            .orElseGet(() -> ServerResponse.notFound().build()))
        .build();
  }

  /** Who acts. */
  record Who(String email) {}

  /** A slash command's text, and the page's name for the message its answers belong to. */
  record Command(String email, String text, String ref) {}

  /** A click or a submission as the page builds it. */
  record Interaction(String email, String ref, ObjectNode payload) {}

  private ServerResponse command(ServerRequest r) throws Exception {
    Command c = r.body(Command.class);
    return ack(relay.command(id(c.email()), c.text() == null ? "" : c.text(), c.ref(),
        ConsoleApi.localBase(r)));
  }

  private ServerResponse interaction(ServerRequest r) throws Exception {
    Interaction i = r.body(Interaction.class);
    if (i.payload() == null) {
      return ServerResponse.badRequest().build();
    }
    return ack(relay.interaction(id(i.email()), i.payload(), i.ref(), ConsoleApi.localBase(r)));
  }

  private String id(String email) {
    if (email == null || !email.contains("@")) {
      throw new IllegalArgumentException("no user chosen");
    }
    return log.slackIdOf(email);
  }

  private static ServerResponse ack(SlackRelay.Ack ack) {
    return ServerResponse.ok().body(Map.of("status", ack.status(), "body", ack.body()));
  }
}
