package dev.tenso.slack;

import dev.tenso.core.common.Outcome;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.Optional;

/**
 * The action kept while the code is asked for, as the session's pending action, and run through
 * the same path once the code is accepted: {@code cmd:<text>} (a /forward command as typed),
 * {@code form:<digits>|<shown>|<wanted>} (a forwarding modal: only what it changed), or
 * {@code toggle:<true|false>:<digits>} (an App Home button), {@code admin:<action>:<user id>}
 * (an administrator's button) or {@code adduser:<form>} (the ユーザー追加 modal).
 */
final class Pending {
  private final Parts p;
  private final Commands commands;
  private final ForwardingCommands forwarding;

  Pending(Parts p, Commands commands, ForwardingCommands forwarding) {
    this.p = p;
    this.commands = commands;
    this.forwarding = forwarding;
  }

  static String command(String text) {
    return "cmd:" + (text == null ? "" : text.strip());
  }

  static String form(ForwardingForm f) {
    return "form:" + f.digits() + "|" + AuditFormat.format(f.shown()) + "|"
        + AuditFormat.format(f.wanted());
  }

  static String admin(String action, String userId) {
    return "admin:" + action + ":" + userId;
  }

  static String addUser(dev.tenso.core.directory.UserForm form) {
    return "adduser:" + AddUserModal.encode(form);
  }

  static String toggle(boolean on, String digits) {
    return "toggle:" + on + ":" + digits;
  }

  Optional<Reply> run(Who who, String action, CommandHandler.Turn turn) {
    if (action.startsWith("cmd:")) {
      return commands.run(who, p.parser().parse(action.substring(4)), turn);
    }
    if (action.startsWith("form:")) {
      String[] parts = action.substring(5).split("\\|", 3);
      if (parts.length == 3) {
        ForwardingSetting shown = AuditFormat.parse(parts[1]);
        ForwardingSetting wanted = AuditFormat.parse(parts[2]);
        return Optional.of(result(who, forwarding.apply(who, parts[0],
            ForwardingChange.between(shown, wanted))));
      }
    }
    if (action.startsWith("admin:")) {
      String[] parts = action.substring(6).split(":", 2);
      if (parts.length == 2) {
        return Optional.of(commands.admin().act(who, parts[0], parts[1], turn));
      }
    }
    if (action.startsWith("adduser:")) {
      var added = commands.admin().add(who, AddUserModal.decode(action.substring(8)));
      return Optional.of(added.isOk() ? Reply.of(p.texts().t("slack.admin.done.add", who.lang()))
          : Quick.refusal(p, who, added.violations()));
    }
    if (action.startsWith("toggle:")) {
      String[] parts = action.substring(7).split(":", 2);
      if (parts.length == 2) {
        boolean on = Boolean.parseBoolean(parts[0]);
        return Optional.of(result(who, forwarding.apply(who, parts[1],
            ForwardingChange.none().withEnabled(on))));
      }
    }
    return Optional.empty();
  }

  private Reply result(Who who, Outcome<ForwardingView> done) {
    return done.isOk() ? forwarding.done(who, done.orElseThrow())
        : Quick.refusal(p, who, done.violations());
  }
}
