package dev.tenso.slack;

import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.directory.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sign-in door's answer as a modal (pushed over a form whose action waits for the code, or
 * replacing a sign-in modal just submitted): the code modal (with the mail's expiry, or the
 * authenticator set-up whose QR code goes to the DM), 本人確認 (email, name, phone), the terms
 * with 同意します as the submit button, or the result.
 */
final class StepViews {
  static final String CODE_CALLBACK = "tenso.code";
  static final String IDENTITY_CALLBACK = "tenso.identity";
  static final String TERMS_CALLBACK = "tenso.terms";
  static final String CODE = "code";
  static final List<String> IDENTITY = List.of("email", "name", "phone");

  private final Parts p;
  private final ActionResults results;
  private final Totp totp;

  StepViews(Parts p, ActionResults results) {
    this.p = p;
    this.results = results;
    this.totp = new Totp(p);
  }

  /** The view of the door's answer; the problems with the input, if any, said on top. */
  View view(Who who, SignInAnswer answer, MethodsClient client) {
    View v = step(who, answer.step(), client);
    if (answer.problems().isEmpty() || answer.step() instanceof SignInStep.Locked) {
      return v;
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(Modals.text(Mrkdwn.escape(p.texts().errors(answer.problems(), who.lang(),
        who.zone()))));
    blocks.addAll(v.getBlocks());
    v.setBlocks(blocks);
    return v;
  }

  private View step(Who who, SignInStep step, MethodsClient client) {
    if (step instanceof SignInStep.SignedIn s) {
      return s.result().map(r -> results.view(who, r)).orElseGet(() -> message(who,
          registering(who) ? t("slack.register.done", who) + "\n"
              + p.help().usage("status", who.lang()) : t("slack.signin.done", who)));
    }
    if (step instanceof SignInStep.IdentityCheck) {
      return identity(who);
    }
    if (step instanceof SignInStep.TermsToAgree terms) {
      return Modals.modal(TERMS_CALLBACK, title(who), t("slack.register.agree", who),
          t("slack.modal.cancel", who), terms.version(), List.of(
              Modals.text("*" + Mrkdwn.escape(t("terms.title", who)) + "*"),
              Modals.text(Mrkdwn.escape(terms.text()))));
    }
    if (step instanceof SignInStep.TotpSetup setup) {
      p.later().run(() -> totp.show(who, setup, client), unavailable -> { });
      return code(who, p.texts().t("slack.totp.setup", who.lang(), Map.of("key", setup.key()))
          + "\n" + t("slack.register.qrInDm", who));
    }
    if (step instanceof SignInStep.MailCodeSent sent) {
      return code(who, p.texts().t("slack.signin.mailSent", who.lang(),
          Map.of("until", p.texts().time(sent.expiresAt(), who.zone(), who.lang()))));
    }
    if (step instanceof SignInStep.TotpCode) {
      return code(who, t("slack.signin.totp", who));
    }
    if (step instanceof SignInStep.RegistrationCode) {
      return message(who, t("slack.register.start", who) + "\n"
          + p.help().usage("register", who.lang()));
    }
    return message(who, p.texts().errors(StepReplies.why(step), who.lang(), who.zone()));
  }

  /** 本人確認: the email, name and phone number the user is registered with. */
  View identity(Who who) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(Modals.text(Mrkdwn.escape(t("slack.register.identity", who))));
    for (String f : IDENTITY) {
      blocks.add(Modals.field(f, t("slack.register." + f, who),
          plainTextInput(e -> e.actionId(f)), false, null));
    }
    return Modals.modal(IDENTITY_CALLBACK, title(who), t("slack.register.next", who),
        t("slack.modal.cancel", who), "", blocks);
  }

  /** The code modal: one input, under the prompt (how the code comes). */
  View code(Who who, String prompt) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (prompt != null) {
      blocks.add(Modals.text(Mrkdwn.escape(prompt)));
    }
    blocks.add(Modals.field(CODE, t("slack.signin.label", who),
        plainTextInput(e -> e.actionId(CODE).maxLength(6)), false, null));
    return Modals.modal(CODE_CALLBACK, title(who), t("slack.signin.submit", who),
        t("slack.modal.cancel", who), "", blocks);
  }

  private View message(Who who, String text) {
    return Modals.message(p.texts(), who.lang(), text);
  }

  private String title(Who who) {
    return t(registering(who) ? "slack.register.title" : "slack.signin.title", who);
  }

  private static boolean registering(Who who) {
    return who.user().status() == UserStatus.PENDING;
  }

  private String t(String key, Who who) {
    return p.texts().t(key, who.lang());
  }
}
