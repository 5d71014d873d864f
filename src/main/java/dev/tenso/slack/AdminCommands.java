package dev.tenso.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserForm;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrators' commands: {@code users} (ユーザー一覧), {@code adduser} (ユーザー追加, a
 * modal) and {@code user <email>} with buttons to disable, re-enable, change the role, reset the
 * second factor and resend the registration. The core decides who may (ADMIN_ONLY); every change
 * runs through the sign-in door, which keeps it until the code when the session is not fresh.
 */
final class AdminCommands {
  private final Parts p;
  private final Commands commands;
  private final UserBlocks blocks;
  private final AddUserModal addUser;

  AdminCommands(Parts p, Commands commands) {
    this.p = p;
    this.commands = commands;
    this.blocks = new UserBlocks(p.texts());
    this.addUser = new AddUserModal(p.texts());
  }

  void register(App app) {
    app.viewSubmission(AddUserModal.CALLBACK, this::submitted);
  }

  Optional<Reply> run(Who who, SlackCommand cmd, Turn turn) {
    if (cmd instanceof SlackCommand.Users u) {
      return Optional.of(list(who, u.keyword(), u.page()));
    }
    if (cmd instanceof SlackCommand.AddUser) {
      View form = addUser.render(who.lang(),
          p.core().groups().names(AddUserModal.PICKED_AT_MOST));
      return Views.open(turn.client(), turn.trigger(), form) ? Optional.empty()
          : Optional.of(Reply.of(p.texts().t("slack.register.retry", who.lang())));
    }
    if (cmd instanceof SlackCommand.UserInfo i) {
      Outcome<User> found = p.core().admin().showUser(who.actor(), i.email());
      if (found.isOk()) {
        return Optional.of(blocks.one(found.orElseThrow(), who.lang(), ""));
      }
      return Optional.of(found instanceof Outcome.Rejected<?> r && r.has(ErrorCode.USER_NOT_FOUND)
          ? Reply.of(p.texts().t("slack.admin.notFound", who.lang()))
          : Quick.refusal(p, who, found.violations()));
    }
    return Optional.empty();
  }

  private Reply list(Who who, String keyword, int page) {
    Outcome<Page<User>> users = p.core().admin().listUsers(who.actor(), keyword, page);
    return users.isOk() ? blocks.list(users.orElseThrow(), keyword, who.lang())
        : Quick.refusal(p, who, users.violations());
  }

  /** A button of the user list or of one user. */
  Optional<Reply> action(Who who, String id, String value, Turn turn) {
    if (id.startsWith(UserBlocks.PAGE)) {
      String[] kp = value.split("\\|", 2);
      int page = kp.length == 2 && kp[1].matches("[0-9]{1,4}") ? Integer.parseInt(kp[1]) : 1;
      return Optional.of(list(who, kp[0], page));
    }
    if (!id.startsWith(UserBlocks.ACT)) {
      return Optional.empty();
    }
    return action(id.substring(UserBlocks.ACT.length()), value)
        .map(a -> commands.steps().reply(who, commands.act(who, a), turn))
        .orElseGet(() -> Optional.of(Quick.refusal(p, who, Outcome.rejected("action",
            ErrorCode.ADMIN_ONLY).violations())));
  }

  /** The action a button names, on the user whose id is its value. */
  static Optional<PendingAction> action(String name, String user) {
    return Optional.ofNullable(switch (name) {
      case "disable" -> new PendingAction.DisableUser(user);
      case "enable" -> new PendingAction.EnableUser(user);
      case "reset" -> new PendingAction.ResetSecondFactor(user);
      case "resend" -> new PendingAction.ResendRegistration(user);
      default -> name.startsWith("role.")
          ? new PendingAction.ChangeRole(user, name.substring("role.".length())) : null;
    });
  }

  private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    Language lang = null;
    try {
      Optional<Who> who = Known.active(p, req.getPayload().getUser().getId());
      if (who.isEmpty()) {
        return ctx.ackWithErrors(Map.of("name", p.texts().t("slack.common.unknown",
            Language.JA)));
      }
      Who w = who.get();
      lang = w.lang();
      UserForm form = AddUserModal.read(req.getPayload().getView().getState().getValues());
      SignInAnswer answer = commands.act(w, new PendingAction.AddUser(form));
      if (!(answer.step() instanceof SignInStep.SignedIn s) || s.result().isEmpty()) {
        return ctx.ackWithPush(commands.views().view(w, answer, ctx.client()));
      }
      Outcome<?> added = s.result().get().outcome();
      if (!added.isOk()) {
        List<String> ids = InlineErrors.inputs(req.getPayload().getView());
        return ctx.ackWithErrors(InlineErrors.of(p.texts(), added.violations(), w,
            v -> ids.contains(v.field()) ? v.field() : "name"));
      }
      return ctx.ackWithUpdate(commands.results().view(w, s.result().get()));
    } catch (StoreUnavailableException e) {
      return ctx.ackWithErrors(Map.of("name", p.texts().unavailable(lang)));
    }
  }
}
