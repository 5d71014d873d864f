package dev.tenso.slack;

import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.tenso.core.auth.Challenge;
import dev.tenso.core.auth.IdentityClaim;
import dev.tenso.core.auth.RegistrationStep;
import dev.tenso.core.auth.Terms;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registration (初回ログイン) of a PENDING user, started from the DM with the bot by
 * {@code /forward register <token>}: the identity check (email, name, phone in a modal), the
 * second factor (TOTP: the QR code uploaded into the DM and the key as text, then one current
 * code; mail: a code mailed, then entered), the terms with 同意します. Every step is the core's
 * ({@code RegistrationService}, {@code EnrolmentService}); this only asks and renders.
 */
final class Registration {
  static final String IDENTITY = "tenso.identity";
  static final String ENROL = "tenso.enrol";
  static final String TERMS = "tenso.terms";
  private static final List<String> FIELDS = List.of("email", "name", "phone");

  private final Parts p;
  private final Totp totp;

  Registration(Parts p) {
    this.p = p;
    this.totp = new Totp(p);
  }

  void register(App app) {
    app.viewSubmission(IDENTITY, (req, ctx) -> submitted(req, ctx, this::identity));
    app.viewSubmission(ENROL, (req, ctx) -> submitted(req, ctx, this::enrol));
    app.viewSubmission(TERMS, (req, ctx) -> submitted(req, ctx, this::terms));
  }

  /** A step of registration submitted: only by the PENDING user, answered even without Redis. */
  private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx, Step step) {
    try {
      Optional<Who> who = pending(req.getPayload().getUser().getId());
      if (who.isEmpty()) {
        return ctx.ackWithUpdate(Modals.message(p.texts().t("slack.common.unknown",
            dev.tenso.core.directory.Language.JA), "OK"));
      }
      return step.answer(who.get(), req, ctx);
    } catch (StoreUnavailableException e) {
      return ctx.ackWithUpdate(Modals.message(p.texts().unavailableInBoth(), "OK"));
    }
  }

  private interface Step {
    Response answer(Who who, ViewSubmissionRequest req, ViewSubmissionContext ctx);
  }

  /** Whatever a PENDING user types: the registration token opens the identity check. */
  Optional<Reply> run(Who who, SlackCommand cmd, CommandHandler.Turn turn) {
    if (cmd instanceof SlackCommand.Register r) {
      View form = identityForm(who, r.token());
      return Views.open(turn.client(), turn.trigger(), form) ? Optional.empty()
          : Optional.of(Reply.of(t("retry", who)));
    }
    Outcome<Challenge> resumed = p.core().enrolment().beginSecondFactor(
        SignInFlow.identity(who), who.user().id());
    if (resumed.isOk()) {
      View form = enrolForm(who, resumed.orElseThrow(), turn);
      return Views.open(turn.client(), turn.trigger(), form) ? Optional.empty()
          : Optional.of(Reply.of(t("retry", who)));
    }
    return Optional.of(Reply.of(t("start", who) + "\n" + p.help().usage("register", who.lang())));
  }

  /** Buttons pressed by someone who is not an ACTIVE user: they are told who to ask. */
  Optional<Reply> action(CommandHandler.Turn turn, String id, String value) {
    Optional<User> user = Known.user(p, turn.slackId());
    if (user.isPresent() && user.get().status() == UserStatus.PENDING) {
      return Optional.of(Reply.of(t("start", new Who(turn.slackId(), user.get()))));
    }
    return Optional.of(Reply.of(p.texts().t("slack.common.unknown",
        user.map(User::language).orElse(dev.tenso.core.directory.Language.JA))));
  }

  private View identityForm(Who who, String token) {
    return Modals.modal(IDENTITY, t("title", who), t("next", who),
        p.texts().t("slack.modal.cancel", who.lang()), token, List.of(
            Modals.text(Mrkdwn.escape(t("identity", who))),
            Modals.field("email", t("email", who), plainTextInput(e -> e.actionId("email")),
                false, null),
            Modals.field("name", t("name", who), plainTextInput(e -> e.actionId("name")), false,
                null),
            Modals.field("phone", t("phone", who), plainTextInput(e -> e.actionId("phone")),
                false, null)));
  }

  private Response identity(Who w, ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    Map<String, Map<String, ViewState.Value>> v = req.getPayload().getView().getState()
        .getValues();
    IdentityClaim claim = new IdentityClaim(w.user().id(),
        req.getPayload().getView().getPrivateMetadata(), Modals.value(v, "email").orElse(""),
        Modals.value(v, "name").orElse(""), Modals.value(v, "phone").orElse(""));
    Outcome<RegistrationStep> step = p.core().registration().confirmIdentity(
        SignInFlow.identity(w), claim);
    if (!step.isOk()) {
      return ctx.ackWithErrors(errors(step.violations(), w));
    }
    Outcome<Challenge> second = p.core().enrolment().beginSecondFactor(
        SignInFlow.identity(w), w.user().id());
    if (!second.isOk()) {
      return ctx.ackWithUpdate(Modals.message(p.texts().errors(second.violations(), w.lang(),
          w.zone()), p.texts().t("slack.modal.close", w.lang())));
    }
    CommandHandler.Turn turn = new CommandHandler.Turn(w.slackId(), "", null, ctx.client(),
        Answer.direct(ctx.client(), w.slackId()));
    return ctx.ackWithUpdate(enrolForm(w, second.orElseThrow(), turn));
  }

  /** The second factor's form: the key (the QR code goes to the DM, after) or the mail sent. */
  private View enrolForm(Who who, Challenge challenge, CommandHandler.Turn turn) {
    String text;
    if (challenge instanceof Challenge.TotpSetup setup) {
      text = p.texts().t("slack.totp.setup", who.lang(), Map.of("key", setup.key()))
          + "\n" + t("qrInDm", who);
      p.later().run(() -> totp.show(who, setup, turn.client()), unavailable -> { });
    } else if (challenge instanceof Challenge.MailCodeSent sent) {
      text = p.texts().t("slack.signin.mailSent", who.lang(),
          Map.of("until", p.texts().time(sent.expiresAt(), who.zone(), who.lang())));
    } else {
      text = p.texts().t("slack.signin.totp", who.lang());
    }
    return Modals.modal(ENROL, t("title", who), t("next", who),
        p.texts().t("slack.modal.cancel", who.lang()), "", List.of(
            Modals.text(Mrkdwn.escape(text)),
            Modals.field(SignInFlow.CODE, p.texts().t("slack.signin.label", who.lang()),
                plainTextInput(e -> e.actionId(SignInFlow.CODE).maxLength(6)), false, null)));
  }

  private Response enrol(Who w, ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    String code = Modals.value(req.getPayload().getView().getState().getValues(),
        SignInFlow.CODE).orElse("");
    Outcome<RegistrationStep> step = p.core().enrolment().completeSecondFactor(
        SignInFlow.identity(w), w.user().id(), code);
    if (!step.isOk()) {
      return ctx.ackWithErrors(Map.of(SignInFlow.CODE, p.texts().errors(step.violations(),
          w.lang(), w.zone())));
    }
    return ctx.ackWithUpdate(termsForm(w));
  }

  /** カスタマーポータル個人情報保護規約 with 同意します as the submit button. */
  private View termsForm(Who who) {
    Terms terms = p.core().enrolment().terms();
    return Modals.modal(TERMS, t("title", who), t("agree", who),
        p.texts().t("slack.modal.cancel", who.lang()), terms.version(), List.of(
            Modals.text("*" + Mrkdwn.escape(p.texts().t("terms.title", who.lang())) + "*"),
            Modals.text(Mrkdwn.escape(terms.text(who.lang())))));
  }

  private Response terms(Who w, ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    Outcome<User> done = p.core().enrolment().agreeTerms(SignInFlow.identity(w),
        w.user().id(), req.getPayload().getView().getPrivateMetadata());
    String text = done.isOk() ? t("done", w) + "\n" + p.help().usage("status", w.lang())
        : p.texts().errors(done.violations(), w.lang(), w.zone());
    return ctx.ackWithUpdate(Modals.message(text, p.texts().t("slack.modal.close", w.lang())));
  }

  /** The linked user who may be registering (PENDING). */
  private Optional<Who> pending(String slackId) {
    return Known.user(p, slackId).filter(u -> u.status() == UserStatus.PENDING)
        .map(u -> new Who(slackId, u));
  }

  private Map<String, String> errors(List<Violation> violations, Who who) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Violation v : violations) {
      String block = FIELDS.contains(v.field()) ? v.field() : FIELDS.get(0);
      out.merge(block, p.texts().error(v, who.lang(), who.zone()),
          (a, b) -> a.contains(b) ? a : a + " " + b);
    }
    return out;
  }


  private String t(String key, Who who) {
    return p.texts().t("slack.register." + key, who.lang());
  }
}
