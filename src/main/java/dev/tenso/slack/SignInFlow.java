package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.tenso.core.auth.Challenge;
import dev.tenso.core.auth.ChannelIdentity;
import dev.tenso.core.auth.SignIn;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sign-in in Slack, through the core's {@link SignIn}: {@code login} (or a change without a
 * fresh session, kept as the session's pending action) asks for the code; {@code code} or the
 * code modal submits it, and on success the pending action runs and its result is shown.
 */
final class SignInFlow {
  static final String OPEN_CODE = "tenso.code.open";
  static final String CODE_CALLBACK = "tenso.code";
  static final String CODE = "code";

  private final Parts p;
  private final Totp totp;

  SignInFlow(Parts p) {
    this.p = p;
    this.totp = new Totp(p);
  }

  static ChannelIdentity identity(Who who) {
    return ChannelIdentity.of(Channel.SLACK, who.slackId());
  }

  /** Asks for the code; {@code pending} runs once it is accepted (empty: nothing). */
  Reply ask(Who who, String pending, CommandHandler.Turn turn) {
    Outcome<Challenge> c = p.core().signIn().begin(identity(who), who.user().id(), pending);
    if (!c.isOk()) {
      return Quick.refusal(p, who, c.violations());
    }
    Challenge challenge = c.orElseThrow();
    String prompt;
    if (challenge instanceof Challenge.MailCodeSent sent) {
      prompt = p.texts().t("slack.signin.mailSent", who.lang(),
          Map.of("until", p.texts().time(sent.expiresAt(), who.zone(), who.lang())));
    } else if (challenge instanceof Challenge.TotpSetup setup) {
      prompt = totp.show(who, setup, turn.client());
    } else {
      prompt = p.texts().t("slack.signin.totp", who.lang());
    }
    return prompt(who, prompt);
  }

  /** The prompt with the way to answer: {@code /forward code}, or a button for the modal. */
  Reply prompt(Who who, String text) {
    String how = p.texts().t("slack.signin.how", who.lang(), Map.of("command", p.command()));
    List<LayoutBlock> blocks = new ArrayList<>(Reply.of(text + "\n" + how).blocks());
    blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(OPEN_CODE)
        .text(plainText(p.texts().t("slack.signin.enter", who.lang()))))))));
    return new Reply(text, blocks);
  }

  /** Checks the code; on success runs the pending action and answers its result. */
  Outcome<Reply> submit(Who who, String code, CommandHandler.Turn turn, Pending pending) {
    Outcome<SignIn.SignedIn> done = p.core().signIn().submit(identity(who), code);
    if (!done.isOk()) {
      return Outcome.rejected(done.violations());
    }
    String action = done.orElseThrow().pendingAction();
    Reply signedIn = Reply.of(p.texts().t("slack.signin.done", who.lang()));
    return Outcome.ok(action.isEmpty() ? signedIn : pending.run(who, action, turn)
        .orElse(signedIn));
  }

  Reply logout(Who who) {
    p.core().sessions().signOut(identity(who));
    return Reply.of(p.texts().t("slack.signin.signedOut", who.lang()));
  }

  /**
   * The code modal to push over a submitted form whose action needs a fresh session: the action
   * is kept as pending, the prompt says how the code comes (app or mail).
   */
  View codePush(Who who, String pending, com.slack.api.methods.MethodsClient client) {
    CommandHandler.Turn turn = new CommandHandler.Turn(who.slackId(), "", null, client,
        Answer.direct(client, who.slackId()));
    Reply prompt = ask(who, pending, turn);
    View code = codeModal(who);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(Modals.text(Mrkdwn.escape(prompt.text())));
    blocks.addAll(code.getBlocks());
    code.setBlocks(blocks);
    return code;
  }

  /** The code modal: one input. */
  View codeModal(Who who) {
    return Modals.modal(CODE_CALLBACK, p.texts().t("slack.signin.title", who.lang()),
        p.texts().t("slack.signin.submit", who.lang()), p.texts().t("slack.modal.cancel",
            who.lang()), "", List.of(Modals.field(CODE, p.texts().t("slack.signin.label",
                who.lang()), plainTextInput(e -> e.actionId(CODE).maxLength(6)), false,
            null)));
  }
}
