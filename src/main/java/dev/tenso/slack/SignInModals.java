package dev.tenso.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.directory.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sign-in modals submitted (the code, 本人確認, the terms), for registration and sign-in
 * alike: the input goes to the door as typed; a step that asks again shows the door's problems
 * inline on their fields, any other answer replaces the modal ({@link StepViews}).
 */
final class SignInModals {
  private final Parts p;
  private final StepViews views;

  SignInModals(Parts p, StepViews views) {
    this.p = p;
    this.views = views;
  }

  void register(App app) {
    app.viewSubmission(StepViews.CODE_CALLBACK, (req, ctx) -> submitted(req, ctx,
        v -> new SignInInput.Code(value(v, StepViews.CODE))));
    app.viewSubmission(StepViews.IDENTITY_CALLBACK, (req, ctx) -> submitted(req, ctx,
        v -> new SignInInput.Identity(value(v, "email"), value(v, "name"), value(v, "phone"))));
    app.viewSubmission(StepViews.TERMS_CALLBACK, (req, ctx) -> submitted(req, ctx,
        v -> new SignInInput.AgreeTerms(v.getPrivateMetadata())));
  }

  private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx,
      Function<com.slack.api.model.view.View, SignInInput> input) {
    ViewSubmissionPayload pl = req.getPayload();
    Language lang = null;
    try {
      Optional<Who> who = Known.user(p, pl.getUser().getId());
      if (who.isEmpty()) {
        return ctx.ackWithUpdate(Modals.message(p.texts(), Language.JA,
            p.texts().t("slack.common.unknown", Language.JA)));
      }
      lang = who.get().lang();
      SignInAnswer answer = p.signIn().submit(who.get(), input.apply(pl.getView()));
      List<String> inputs = InlineErrors.inputs(pl.getView());
      if (asksAgain(answer) && !inputs.isEmpty()) {
        return ctx.ackWithErrors(InlineErrors.onFields(p.texts(), answer.problems(), who.get(),
            inputs));
      }
      return ctx.ackWithUpdate(views.view(who.get(), answer, ctx.client()));
    } catch (StoreUnavailableException e) {
      return ctx.ackWithUpdate(Modals.message(p.texts(), lang, p.texts().unavailable(lang)));
    }
  }

  /** Something was wrong with the input and the door asks for an input again. */
  private static boolean asksAgain(SignInAnswer a) {
    return !a.problems().isEmpty() && !(a.step() instanceof SignInStep.SignedIn
        || a.step() instanceof SignInStep.Locked || a.step() instanceof SignInStep.Refused);
  }

  private static String value(com.slack.api.model.view.View view, String id) {
    Map<String, Map<String, ViewState.Value>> values = view.getState() == null ? null
        : view.getState().getValues();
    return Modals.value(values, id).orElse("");
  }
}
