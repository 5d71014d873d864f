package dev.tenso.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingStatus.Look;
import dev.tenso.core.forwarding.ForwardingStatus.Status;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.List;
import java.util.Optional;

/**
 * Buttons and selects: each is acknowledged at once and answered after (a modal opened or
 * updated, a message replaced through the response_url, or a DM for App Home buttons, which
 * have no response_url). The sign-in buttons (the code, 本人確認, 同意します) work for a user
 * registering too; every other one needs an ACTIVE user, and a PENDING one is shown where their
 * registration stands.
 */
final class ActionHandler {
  private final Parts p;
  private final Commands commands;

  ActionHandler(Parts p, Commands commands) {
    this.p = p;
    this.commands = commands;
  }

  Response handle(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload pl = req.getPayload();
    String slackId = pl.getUser().getId();
    BlockActionPayload.Action action = pl.getActions().get(0);
    Answer answer = pl.getResponseUrl() != null
        ? Answer.responseUrl(p.slack(), pl.getResponseUrl(), action.getActionId()
            .startsWith(NumbersBlocks.PAGE) || action.getActionId().startsWith(NumbersBlocks.GROUP))
        : Answer.direct(ctx.client(), slackId);
    Turn turn = Turn.of(slackId, "", pl.getTriggerId(), ctx.client(), answer);
    p.later().run(() -> act(pl, action, turn), turn.failure(p.texts()));
    return ctx.ack();
  }

  private void act(BlockActionPayload pl, BlockActionPayload.Action action, Turn turn) {
    String id = action.getActionId();
    Optional<Who> known = Known.user(p, turn.slackId());
    if (known.isEmpty()) {
      turn.answer().send(Reply.of(p.texts().t("slack.common.unknown", Language.JA)));
      return;
    }
    Who w = known.get();
    turn.speaks(w.lang());
    if (id.equals(StepReplies.OPEN_CODE)) {
      Views.open(turn.client(), turn.trigger(), commands.views().code(w, null));
    } else if (id.equals(StepReplies.OPEN_IDENTITY)) {
      Views.open(turn.client(), turn.trigger(), commands.views().identity(w));
    } else if (id.equals(StepReplies.AGREE)) {
      send(w, p.signIn().submit(w, new SignInInput.AgreeTerms(action.getValue())), turn);
    } else if (w.user().status() != UserStatus.ACTIVE) {
      send(w, p.signIn().next(w), turn);
    } else if (id.equals(StatusBlocks.EDIT)) {
      edit(w, action.getValue(), turn);
    } else if (id.equals(ForwardingModal.NUMBER) && pl.getView() != null) {
      pick(w, selected(action), pl.getView().getId(), turn);
    } else if (id.startsWith(NumbersBlocks.PAGE) || id.startsWith(NumbersBlocks.GROUP)) {
      turn.answer().send(commands.numbers().search(w, NumbersBlocks.decode(action.getValue())));
    } else if (id.equals(HomeTab.ON) || id.equals(HomeTab.OFF)) {
      toggle(w, id.equals(HomeTab.ON), action.getValue(), turn);
    } else {
      commands.admin().action(w, id, action.getValue(), turn).ifPresent(turn.answer()::send);
    }
  }

  private void send(Who who, SignInAnswer answer, Turn turn) {
    commands.steps().reply(who, answer, turn).ifPresent(turn.answer()::send);
  }

  private void edit(Who who, String digits, Turn turn) {
    Look look = p.core().status().of(who.actor(), digits);
    Outcome<Status> status = look.status();
    if (!status.isOk()) {
      turn.answer().send(Quick.refusal(p, who, status.violations()));
      return;
    }
    List<ForwardingView> shown = status.orElseThrow().numbers();
    Views.open(turn.client(), turn.trigger(), p.modal().render(shown.get(0), shown, who.lang()));
  }

  /** The modal's number picker changed: the same modal, filled with that number's setting. */
  private void pick(Who who, String digits, String viewId, Turn turn) {
    Look mine = p.core().status().mine(who.actor());
    Look one = p.core().status().of(who.actor(), digits);
    if (mine.status().isOk() && one.status().isOk()) {
      Views.update(turn.client(), viewId, p.modal().render(
          one.status().orElseThrow().numbers().get(0), mine.status().orElseThrow().numbers(),
          who.lang()));
    }
  }

  /** 転送する / 転送しない from App Home: a change done shows in the Home itself. */
  private void toggle(Who who, boolean on, String digits, Turn turn) {
    PendingAction action = on
        ? new PendingAction.ChangeForwarding(digits, ForwardingChange.none().withEnabled(true))
        : new PendingAction.TurnOffForwarding(digits);
    SignInAnswer answer = commands.act(who, action);
    boolean done = answer.step() instanceof SignInStep.SignedIn s
        && s.result().map(r -> r.outcome().isOk()).orElse(false);
    if (!done) {
      send(who, answer, turn);
    }
  }

  private static String selected(BlockActionPayload.Action action) {
    return action.getSelectedOption() == null ? action.getValue()
        : action.getSelectedOption().getValue();
  }
}
