package dev.tenso.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.tenso.core.common.Lru;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.forwarding.ForwardingStatus.Look;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /forward}: the acknowledgement is built from one forwarding snapshot (of the user the
 * Slack user id is linked to: none, one or two Redis round trips, as its records are kept or
 * changed); whatever needs more (a change, a search, sign-in, the first match of a Slack user by {@code users.info}, opening a modal) runs after it and answers
 * through the command's response_url or the Web API. An acknowledgement made of a snapshot that
 * did not change since the same command was last answered is that answer again ({@link
 * Answered}).
 */
final class CommandHandler {
  private final Parts p;
  private final Quick quick;
  private final Commands commands;

  CommandHandler(Parts p, Commands commands) {
    this.p = p;
    this.quick = new Quick(p);
    this.commands = commands;
  }

  Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload pl = req.getPayload();
    String slackId = pl.getUserId();
    String asked = slackId + '\n' + pl.getText();
    Answered before = answered.get(asked);
    if (before != null && before.stamp().unchanged()) {
      return json(before.json());
    }
    SlackCommand cmd = before != null ? before.cmd() : p.parser().parse(pl.getText());
    Answer answer = Answer.responseUrl(p.slack(), pl.getResponseUrl(), false);
    Turn turn = Turn.of(slackId, pl.getText(), pl.getTriggerId(), ctx.client(), answer);
    try {
      Look look = p.core().status().bySlackId(slackId, Quick.named(cmd));
      if (look.user().isEmpty() && look.status().violations().stream()
          .anyMatch(v -> v.code() == dev.tenso.core.common.ErrorCode.USER_NOT_FOUND)) {
        p.later().run(() -> firstUse(turn, cmd), turn.failure(p.texts()));
        return ctx.ack();
      }
      if (look.user().isEmpty() || look.user().get().status() != UserStatus.ACTIVE) {
        p.later().run(() -> stranger(turn, cmd, look.user()), turn.failure(p.texts()));
        return ctx.ack();
      }
      if (before != null && look.stamp() != null && look.stamp().equals(before.stamp())) {
        return json(before.json());
      }
      Who who = new Who(slackId, look.user().get());
      turn.speaks(who.lang());
      Optional<Quick.Result> now = quick.answer(who, cmd, look.status());
      if (now.isPresent() && now.get() instanceof Quick.Message m) {
        Optional<String> json = AckJson.of(m.reply());
        if (json.isPresent() && look.stamp() != null && Answered.kept(cmd)) {
          answered.put(asked, new Answered(cmd, look.stamp(), json.get()));
        }
        return json.map(CommandHandler::json)
            .orElseGet(() -> ctx.ack(r -> r.responseType("ephemeral").text(m.reply().text())
                .blocks(m.reply().blocks())));
      }
      if (now.isPresent() && now.get() instanceof Quick.Modal modal) {
        p.later().run(() -> Views.open(ctx.client(), turn.trigger(), modal.view()),
            turn.failure(p.texts()));
        return ctx.ack();
      }
      p.later().run(() -> commands.run(who, cmd, turn).ifPresent(answer::send),
          turn.failure(p.texts()));
      return ctx.ack();
    } catch (StoreUnavailableException e) {
      return ctx.ack(p.texts().unavailable(turn.lang().get()));
    }
  }

  private static Response json(String body) {
    return Response.builder().statusCode(200).contentType("application/json; charset=utf-8")
        .body(body).build();
  }

  /**
   * The last acknowledgement of a command answered from the snapshot alone (status, the saved
   * destinations, help), with the stamp of that snapshot: the same command of the same Slack
   * user is answered the same, without reading, parsing or rendering again, while the store knows
   * those records unchanged, or when a snapshot read again has the same stamp. Commands that may carry a code or a
   * token are never kept. Bounded (least recently used go first).
   */
  record Answered(SlackCommand cmd, ForwardingSnapshots.Stamp stamp, String json) {
    static final int MAX = 4_096;

    static boolean kept(SlackCommand cmd) {
      return cmd instanceof SlackCommand.Status || cmd instanceof SlackCommand.Saved
          || cmd instanceof SlackCommand.Help;
    }
  }

  private final Map<String, Answered> answered =
      Collections.synchronizedMap(Lru.map(Answered.MAX));

  /** A Slack user seen for the first time: matched by their profile's email, then answered. */
  private void firstUse(Turn turn, SlackCommand cmd) {
    SlackIdentities.Lookup found = Views.call(() -> p.identities().lookUp(turn.slackId(),
        turn.client()));
    if (found.user().isEmpty()) {
      turn.answer().send(Reply.of(p.texts().t("slack.common.unknown", found.language())));
      return;
    }
    User user = found.user().get();
    turn.speaks(user.language());
    if (user.status() != UserStatus.ACTIVE) {
      commands.pending(new Who(turn.slackId(), user), cmd, turn).ifPresent(turn.answer()::send);
      return;
    }
    Who who = new Who(turn.slackId(), user);
    String named = Quick.named(cmd);
    Look look = named == null ? p.core().status().mine(who.actor())
        : p.core().status().of(who.actor(), named);
    Optional<Quick.Result> now = quick.answer(who, cmd, look.status());
    if (now.isPresent() && now.get() instanceof Quick.Message m) {
      turn.answer().send(m.reply());
    } else if (now.isPresent() && now.get() instanceof Quick.Modal modal) {
      Views.open(turn.client(), turn.trigger(), modal.view());
    } else {
      commands.run(who, cmd, turn).ifPresent(turn.answer()::send);
    }
  }

  /**
   * A linked user who is not ACTIVE: a PENDING user goes on with registration; a DISABLED one
   * (or one whose record is gone) is told exactly what an unknown Slack user is told.
   */
  private void stranger(Turn turn, SlackCommand cmd, Optional<User> user) {
    if (user.isPresent() && user.get().status() == UserStatus.PENDING) {
      turn.speaks(user.get().language());
      commands.pending(new Who(turn.slackId(), user.get()), cmd, turn)
          .ifPresent(turn.answer()::send);
      return;
    }
    SlackIdentities.Lookup found = Views.call(() -> p.identities().lookUp(turn.slackId(),
        turn.client()));
    turn.answer().send(Reply.of(p.texts().t("slack.common.unknown",
        found.user().isPresent() && found.user().get().status() == UserStatus.ACTIVE
            ? found.user().get().language() : found.language())));
  }
}
