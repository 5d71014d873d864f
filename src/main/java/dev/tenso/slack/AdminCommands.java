package dev.tenso.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.directory.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrators' commands: {@code users} (ユーザー一覧), {@code adduser} (ユーザー追加, a
 * modal) and {@code user <email>} with buttons to disable, re-enable, change the role, reset the
 * second factor and resend the registration. The core decides who may (ADMIN_ONLY) and asks for
 * a fresh session (the action then waits for the code, like a forwarding change).
 */
final class AdminCommands {
  private final Parts p;
  private final UserBlocks blocks;
  private final AddUserModal addUser;
  private final SignInFlow signIn;

  AdminCommands(Parts p, SignInFlow signIn) {
    this.p = p;
    this.signIn = signIn;
    this.blocks = new UserBlocks(p.texts());
    this.addUser = new AddUserModal(p.texts());
  }

  void register(App app) {
    app.viewSubmission(AddUserModal.CALLBACK, this::submitted);
  }

  Optional<Reply> run(Who who, SlackCommand cmd, CommandHandler.Turn turn) {
    if (cmd instanceof SlackCommand.Users u) {
      return Optional.of(list(who, u.keyword(), u.page()));
    }
    if (cmd instanceof SlackCommand.AddUser) {
      View form = addUser.render(who.lang(), p.core().groups().all());
      return Views.open(turn.client(), turn.trigger(), form) ? Optional.empty()
          : Optional.of(Reply.of(p.texts().t("slack.register.retry", who.lang())));
    }
    if (cmd instanceof SlackCommand.UserInfo i) {
      Optional<User> found = find(who, i.email());
      return Optional.of(found.map(u -> blocks.one(u, who.lang(), ""))
          .orElseGet(() -> refusedOrNotFound(who, i.email())));
    }
    return Optional.empty();
  }

  private Reply list(Who who, String keyword, int page) {
    Outcome<Page<User>> users = p.core().directory().listUsers(who.actor(), keyword, page);
    return users.isOk() ? blocks.list(users.orElseThrow(), keyword, who.lang())
        : Quick.refusal(p, who, users.violations());
  }

  private Optional<User> find(Who who, String email) {
    Outcome<Page<User>> hits = p.core().directory().listUsers(who.actor(), email, 1);
    return hits.isOk() ? hits.orElseThrow().items().stream()
        .filter(u -> u.email().value().equalsIgnoreCase(email.strip())).findFirst()
        : Optional.empty();
  }

  private Reply refusedOrNotFound(Who who, String email) {
    Outcome<Page<User>> hits = p.core().directory().listUsers(who.actor(), email, 1);
    return hits.isOk() ? Reply.of(p.texts().t("slack.admin.notFound", who.lang()))
        : Quick.refusal(p, who, hits.violations());
  }

  /** A button of the user list or of one user. */
  Optional<Reply> action(Who who, String id, String value, CommandHandler.Turn turn) {
    if (id.startsWith(UserBlocks.PAGE)) {
      String[] kp = value.split("\\|", 2);
      int page = kp.length == 2 && kp[1].matches("[0-9]{1,4}") ? Integer.parseInt(kp[1]) : 1;
      return Optional.of(list(who, kp[0], page));
    }
    if (!id.startsWith(UserBlocks.ACT)) {
      return Optional.empty();
    }
    String action = id.substring(UserBlocks.ACT.length());
    return Optional.of(act(who, action, value, turn));
  }

  /** Runs one action on a user; without a fresh session it waits for the code. */
  Reply act(Who who, String action, String userId, CommandHandler.Turn turn) {
    UserId target;
    try {
      target = UserId.of(userId);
    } catch (RuntimeException e) {
      return Quick.refusal(p, who, Outcome.rejected("user",
          dev.tenso.core.common.ErrorCode.USER_NOT_FOUND).violations());
    }
    Outcome<?> done = switch (action) {
      case "disable" -> p.core().directory().disableUser(who.actor(), target);
      case "enable" -> p.core().directory().enableUser(who.actor(), target);
      case "role.GENERAL" -> p.core().directory().changeRole(who.actor(), target, Role.GENERAL);
      case "role.PORTAL_ADMIN" ->
          p.core().directory().changeRole(who.actor(), target, Role.PORTAL_ADMIN);
      case "reset" -> p.core().authAdmin().resetSecondFactor(who.actor(), target);
      case "resend" -> p.core().authAdmin().resendRegistration(who.actor(), target);
      default -> Outcome.rejected("action", dev.tenso.core.common.ErrorCode.ADMIN_ONLY);
    };
    if (ForwardingCommands.needsSignIn(done)) {
      return signIn.ask(who, Pending.admin(action, userId), turn);
    }
    if (!done.isOk()) {
      return Quick.refusal(p, who, done.violations());
    }
    String key = "slack.admin.done." + (action.startsWith("role.") ? "role" : action);
    Map<String, String> params = new LinkedHashMap<>();
    if (done.orElseThrow() instanceof Instant until) {
      params.put("until", p.texts().time(until, who.zone(), who.lang()));
    }
    String head = p.texts().t(key, who.lang(), params);
    return p.core().users().byId(target).map(u -> blocks.one(u, who.lang(), head))
        .orElseGet(() -> Reply.of(head));
  }

  /** Adds the user of a pending or submitted form. */
  Outcome<User> add(Who who, UserForm form) {
    return p.core().directory().addUser(who.actor(), form);
  }

  private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    try {
      Optional<Who> who = Known.active(p, req.getPayload().getUser().getId());
      if (who.isEmpty()) {
        return ctx.ackWithErrors(Map.of("name", p.texts().t("slack.common.unknown",
            dev.tenso.core.directory.Language.JA)));
      }
      Who w = who.get();
      UserForm form = AddUserModal.read(req.getPayload().getView().getState().getValues());
      Outcome<User> added = add(w, form);
      if (ForwardingCommands.needsSignIn(added)) {
        return ctx.ackWithPush(signIn.codePush(w, Pending.addUser(form), ctx.client()));
      }
      if (!added.isOk()) {
        return ctx.ackWithErrors(errors(added.violations(), w,
            req.getPayload().getView().getBlocks().stream()
                .map(com.slack.api.model.block.LayoutBlock::getBlockId).toList()));
      }
      return ctx.ackWithUpdate(Modals.message(p.texts().t("slack.admin.done.add", w.lang())
          + "\n" + blocks.line(added.orElseThrow(), w.lang()),
          p.texts().t("slack.modal.close", w.lang())));
    } catch (StoreUnavailableException e) {
      return ctx.ackWithErrors(Map.of("name", p.texts().unavailableInBoth()));
    }
  }

  private Map<String, String> errors(List<Violation> violations, Who who, List<String> ids) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Violation v : violations) {
      String block = ids.contains(v.field()) ? v.field() : "name";
      out.merge(block, p.texts().error(v, who.lang(), who.zone()),
          (a, b) -> a.contains(b) ? a : a + " " + b);
    }
    return out;
  }
}
