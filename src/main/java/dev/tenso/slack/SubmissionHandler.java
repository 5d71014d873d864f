package dev.tenso.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.tenso.core.auth.ActionResult;
import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forwarding modal submitted. The answer must be the acknowledgement itself (Slack shows
 * inline errors or the next view only from it), so the change runs here, through the sign-in
 * door: done (the result view), refused (wrong fields all at once, keyed by block, in the core's
 * words), or waiting for the code (the code modal pushed over the form).
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
    Language lang = null;
    try {
      Optional<Who> who = Known.active(p, pl.getUser().getId());
      if (who.isEmpty()) {
        return ctx.ackWithUpdate(Modals.message(p.texts(), Language.JA,
            p.texts().t("slack.common.unknown", Language.JA)));
      }
      Who w = who.get();
      lang = w.lang();
      View view = pl.getView();
      Optional<ForwardingForm> form = ForwardingForm.read(view.getPrivateMetadata(),
          view.getState().getValues());
      if (form.isEmpty()) {
        return ctx.ackWithUpdate(Modals.message(p.texts(), lang, p.texts().failed(lang)));
      }
      if (form.get().ringTimeUnreadable()) {
        return ctx.ackWithErrors(Map.of(ForwardingModal.RING, p.texts().error(new Violation(
            ForwardingModal.RING, ErrorCode.RING_TIME_OUT_OF_RANGE, Map.of(
                "min", "" + ForwardingRules.MIN_RING_TIME,
                "max", "" + ForwardingRules.MAX_RING_TIME)), w.lang(), w.zone())));
      }
      SignInAnswer answer = commands.act(w, new PendingAction.ChangeForwarding(
          form.get().digits(), ForwardingChange.between(form.get().shown(),
              form.get().wanted())));
      if (!(answer.step() instanceof SignInStep.SignedIn s) || s.result().isEmpty()) {
        return ctx.ackWithPush(commands.views().view(w, answer, ctx.client()));
      }
      ActionResult done = s.result().get();
      if (done.outcome().isOk()) {
        return ctx.ackWithUpdate(commands.results().view(w, done));
      }
      List<String> blocks = InlineErrors.inputs(view);
      return ctx.ackWithErrors(InlineErrors.of(p.texts(), done.outcome().violations(), w,
          v -> blockOf(v, blocks)));
    } catch (StoreUnavailableException e) {
      return ctx.ackWithUpdate(Modals.message(p.texts(), lang, p.texts().unavailable(lang)));
    }
  }

  /** Its field's block; a destination's or a slot's on the active target; else the first. */
  private static String blockOf(Violation v, List<String> blocks) {
    if (blocks.contains(v.field())) {
      return v.field();
    }
    return v.field().equals("destination") || v.field().equals("slot") ? ForwardingModal.ACTIVE
        : blocks.get(0);
  }
}
