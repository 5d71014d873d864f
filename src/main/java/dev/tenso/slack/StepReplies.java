package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sign-in door's answer as a message (to a command or a button): the problems with what was
 * just typed, then the step: a waiting action's result, the code to enter (with a button for the
 * code modal), the authenticator set-up (the QR code uploaded into the DM), the identity check
 * (its modal opened), the terms with 同意します, or why not. Empty when a modal was opened.
 */
final class StepReplies {
  static final String OPEN_CODE = "tenso.code.open";
  static final String OPEN_IDENTITY = "tenso.identity.open";
  static final String AGREE = "tenso.terms.agree";

  private final Parts p;
  private final ActionResults results;
  private final StepViews views;
  private final Totp totp;

  StepReplies(Parts p, ActionResults results, StepViews views) {
    this.p = p;
    this.results = results;
    this.views = views;
    this.totp = new Totp(p);
  }

  Optional<Reply> reply(Who who, SignInAnswer answer, Turn turn) {
    SignInStep step = answer.step();
    boolean said = !answer.problems().isEmpty() && !(step instanceof SignInStep.Locked);
    Optional<Reply> r = step(who, step, said, turn);
    if (!said) {
      return r;
    }
    String problems = p.texts().errors(answer.problems(), who.lang(), who.zone());
    return Optional.of(r.map(x -> x.after(problems)).orElseGet(() -> Reply.of(problems)));
  }

  private Optional<Reply> step(Who who, SignInStep step, boolean problems,
      Turn turn) {
    if (step instanceof SignInStep.SignedIn s) {
      return s.result().map(x -> results.reply(who, x)).or(() -> problems ? Optional.empty()
          : Optional.of(Reply.of(t("slack.signin.done", who))));
    }
    if (step instanceof SignInStep.IdentityCheck) {
      if (turn.trigger() != null && Views.open(turn.client(), turn.trigger(),
          views.identity(who))) {
        return Optional.empty();
      }
      return Optional.of(withButton(t("slack.register.identity", who), OPEN_IDENTITY, "",
          t("slack.register.next", who)));
    }
    if (step instanceof SignInStep.TermsToAgree terms) {
      return Optional.of(withButton("*" + t("terms.title", who) + "*\n" + terms.text(), AGREE,
          terms.version(), t("slack.register.agree", who)));
    }
    if (step instanceof SignInStep.TotpSetup setup) {
      return Optional.of(codePrompt(who, totp.show(who, setup, turn.client())));
    }
    if (step instanceof SignInStep.MailCodeSent sent) {
      return Optional.of(codePrompt(who, p.texts().t("slack.signin.mailSent", who.lang(),
          Map.of("until", p.texts().time(sent.expiresAt(), who.zone(), who.lang())))));
    }
    if (step instanceof SignInStep.TotpCode) {
      return Optional.of(codePrompt(who, t("slack.signin.totp", who)));
    }
    if (step instanceof SignInStep.RegistrationCode) {
      return Optional.of(Reply.of(t("slack.register.start", who) + "\n"
          + p.help().usage("register", who.lang())));
    }
    return Optional.of(Reply.of(p.texts().errors(why(step), who.lang(), who.zone())));
  }

  /** Locked or refused: why, in the core's words; nothing else is left to say. */
  static List<Violation> why(SignInStep step) {
    if (step instanceof SignInStep.Locked l) {
      return List.of(Violation.of("user", ErrorCode.USER_LOCKED, "until", l.until()));
    }
    return step instanceof SignInStep.Refused r ? r.why()
        : List.of(Violation.of("step", ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER));
  }

  /** The prompt with the way to answer: {@code /forward code}, or a button for the modal. */
  private Reply codePrompt(Who who, String text) {
    String how = p.texts().t("slack.signin.how", who.lang(), Map.of("command", p.command()));
    return withButton(text + "\n" + how, OPEN_CODE, "", t("slack.signin.enter", who));
  }

  private static Reply withButton(String text, String actionId, String value, String label) {
    List<LayoutBlock> blocks = new ArrayList<>(Reply.of(text).blocks());
    blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(actionId)
        .value(value).text(plainText(label)))))));
    return new Reply(text, blocks);
  }

  private String t(String key, Who who) {
    return p.texts().t(key, who.lang());
  }
}
