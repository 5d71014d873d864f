package dev.tenso.slack;

import com.slack.api.model.view.View;
import dev.tenso.core.auth.ActionResult;
import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.directory.AddedUser;
import dev.tenso.core.directory.RegistrationSent;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.Map;

/**
 * What an action run through the sign-in door gave ({@link ActionResult}: the action and its use
 * case's very outcome), in words: 転送の設定が完了しました with the new setting, an administrator's
 * action done with the user as they are now, or the core's refusal. The same whether the action
 * ran at once or after the code.
 */
final class ActionResults {
  private final Parts p;
  private final UserBlocks users;

  ActionResults(Parts p) {
    this.p = p;
    this.users = new UserBlocks(p.texts());
  }

  Reply reply(Who who, ActionResult result) {
    if (!result.outcome().isOk()) {
      return Quick.refusal(p, who, result.outcome().violations());
    }
    if (result instanceof ActionResult.Forwarding f) {
      return done(who, f.outcome().orElseThrow());
    }
    if (result instanceof ActionResult.UserAdded a) {
      AddedUser added = a.outcome().orElseThrow();
      String head = t(added.registrationExpiresAt().isPresent() ? "add" : "addNotMailed", who);
      return Reply.of(head + "\n" + users.line(added.user(), who.lang()));
    }
    if (result instanceof ActionResult.RegistrationResent r) {
      RegistrationSent sent = r.outcome().orElseThrow();
      return users.one(sent.user(), who.lang(), p.texts().t("slack.admin.done.resend",
          who.lang(), Map.of("until", p.texts().time(sent.expiresAt(), who.zone(), who.lang()))));
    }
    ActionResult.UserChanged c = (ActionResult.UserChanged) result;
    return users.one(c.outcome().orElseThrow(), who.lang(), t(kind(c.action()), who));
  }

  /** The result in a modal: the forwarding modal's own result view, else the text. */
  View view(Who who, ActionResult result) {
    if (result instanceof ActionResult.Forwarding f && f.outcome().isOk()) {
      return p.modal().done(f.outcome().orElseThrow(), who.lang());
    }
    return Modals.message(p.texts(), who.lang(), reply(who, result).text());
  }

  /** 転送の設定が完了しました (or unchanged) and the number's setting now. */
  Reply done(Who who, ForwardingView v) {
    String head = v.changed() ? p.texts().words().done(who.lang())
        : p.texts().t("slack.modal.unchanged", who.lang());
    return Reply.of(head + "\n" + p.statusBlocks().line(v, who.lang()));
  }

  private static String kind(PendingAction action) {
    if (action instanceof PendingAction.DisableUser) {
      return "disable";
    }
    if (action instanceof PendingAction.EnableUser) {
      return "enable";
    }
    return action instanceof PendingAction.ChangeRole ? "role" : "reset";
  }

  private String t(String kind, Who who) {
    return p.texts().t("slack.admin.done." + kind, who.lang());
  }
}
