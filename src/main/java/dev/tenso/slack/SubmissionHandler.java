package dev.tenso.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.common.Violation;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingRules;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submitted modals. The answer must be the acknowledgement itself (Slack shows inline errors or
 * the next view only from it), so the core's change runs here; it is a few Redis round trips. Wrong
 * fields come back all at once, keyed by block, in the core's words.
 */
final class SubmissionHandler {
  private final Parts p;
  private final Commands commands;

  SubmissionHandler(Parts p, Commands commands) {
    this.p = p;
    this.commands = commands;
  }

  Response forwarding(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload pl = req.getPayload();
    try {
      Optional<Who> who = Known.active(p, pl.getUser().getId());
      View view = pl.getView();
      Optional<ForwardingForm> form = ForwardingForm.read(view.getPrivateMetadata(),
          view.getState().getValues());
      if (who.isEmpty() || form.isEmpty()) {
        return ctx.ackWithUpdate(message(p.texts().t("slack.common.unknown",
            dev.tenso.core.directory.Language.JA)));
      }
      Who w = who.get();
      if (form.get().ringTimeUnreadable()) {
        return ctx.ackWithErrors(Map.of(ForwardingModal.RING, p.texts().error(new Violation(
            ForwardingModal.RING, ErrorCode.RING_TIME_OUT_OF_RANGE, Map.of(
                "min", "" + ForwardingRules.MIN_RING_TIME,
                "max", "" + ForwardingRules.MAX_RING_TIME)), w.lang(), w.zone())));
      }
      Outcome<ForwardingView> done = commands.forwarding().apply(w, form.get().digits(),
          ForwardingChange.between(form.get().shown(), form.get().wanted()));
      if (ForwardingCommands.needsSignIn(done)) {
        return ctx.ackWithPush(commands.signIn().codePush(w, Pending.form(form.get()),
            ctx.client()));
      }
      if (done.isOk()) {
        return ctx.ackWithUpdate(p.modal().done(done.orElseThrow(), w.lang()));
      }
      return ctx.ackWithErrors(errors(done.violations(), w, blocks(view)));
    } catch (StoreUnavailableException e) {
      return ctx.ackWithUpdate(message(p.texts().unavailableInBoth()));
    }
  }

  Response code(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload pl = req.getPayload();
    try {
      Optional<Who> who = Known.active(p, pl.getUser().getId());
      if (who.isEmpty()) {
        return ctx.ackWithUpdate(message(p.texts().t("slack.common.unknown",
            dev.tenso.core.directory.Language.JA)));
      }
      String code = Modals.value(pl.getView().getState().getValues(), SignInFlow.CODE).orElse("");
      CommandHandler.Turn turn = new CommandHandler.Turn(who.get().slackId(), "", null,
          ctx.client(), Answer.direct(ctx.client(), who.get().slackId()));
      Outcome<Reply> r = commands.signIn().submit(who.get(), code, turn, commands.pending());
      if (!r.isOk()) {
        return ctx.ackWithErrors(Map.of(SignInFlow.CODE, p.texts().errors(r.violations(),
            who.get().lang(), who.get().zone())));
      }
      return ctx.ackWithUpdate(message(r.orElseThrow().text()));
    } catch (StoreUnavailableException e) {
      return ctx.ackWithUpdate(message(p.texts().unavailableInBoth()));
    }
  }

  /** Each refusal on its block; one the form has no block for goes on the first input. */
  private Map<String, String> errors(List<Violation> violations, Who who, List<String> blocks) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Violation v : violations) {
      String block = blocks.contains(v.field()) ? v.field()
          : v.field().equals("destination") || v.field().equals("slot") ? ForwardingModal.ACTIVE
          : blocks.get(0);
      String text = p.texts().error(v, who.lang(), who.zone());
      out.merge(block, text, (a, b) -> a.contains(b) ? a : a + " " + b);
    }
    return out;
  }

  private static List<String> blocks(View view) {
    return view.getBlocks().stream()
        .filter(b -> b instanceof com.slack.api.model.block.InputBlock)
        .map(com.slack.api.model.block.LayoutBlock::getBlockId).toList();
  }

  private static View message(String text) {
    return Modals.message(text, "OK");
  }
}
