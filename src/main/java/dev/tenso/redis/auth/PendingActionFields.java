package dev.tenso.redis.auth;

import dev.tenso.core.auth.PendingAction.AddUser;
import dev.tenso.core.auth.PendingAction.ChangeForwarding;
import dev.tenso.core.auth.PendingAction.ChangeRole;
import dev.tenso.core.auth.PendingAction.DisableUser;
import dev.tenso.core.auth.PendingAction.EnableUser;
import dev.tenso.core.auth.PendingAction.ResendRegistration;
import dev.tenso.core.auth.PendingAction.ResetSecondFactor;
import dev.tenso.core.auth.PendingAction.TurnOffForwarding;
import dev.tenso.core.auth.PendingAction;
import dev.tenso.redis.auth.PendingActionCodec.Pairs;
import java.util.Optional;

/** Each kind of pending action: its {@code type} name and its fields, both ways. */
final class PendingActionFields {
  private PendingActionFields() {}

  static void write(PendingAction a, Pairs out) {
    if (a instanceof ChangeForwarding c) {
      out.put("type", "forwarding.change");
      out.put("number", c.number());
      PendingActionCodec.writeChange(c.change(), out);
    } else if (a instanceof TurnOffForwarding t) {
      out.put("type", "forwarding.off");
      out.put("number", t.number());
    } else if (a instanceof AddUser u) {
      out.put("type", "user.add");
      PendingActionCodec.writeForm(u.form(), out);
    } else if (a instanceof DisableUser d) {
      user(out, "user.disable", d.user());
    } else if (a instanceof EnableUser e) {
      user(out, "user.enable", e.user());
    } else if (a instanceof ChangeRole r) {
      user(out, "user.role", r.user());
      out.put("role", r.role());
    } else if (a instanceof ResetSecondFactor r) {
      user(out, "user.second-factor.reset", r.user());
    } else {
      user(out, "user.registration.resend", ((ResendRegistration) a).user());
    }
  }

  /** The action; empty for a type this version does not know. */
  static Optional<PendingAction> read(Pairs in) {
    String type = in.one("type");
    String user = in.one("user");
    PendingAction a = switch (type == null ? "" : type) {
      case "forwarding.change" ->
          new ChangeForwarding(in.one("number"), PendingActionCodec.readChange(in));
      case "forwarding.off" -> new TurnOffForwarding(in.one("number"));
      case "user.add" -> new AddUser(PendingActionCodec.readForm(in));
      case "user.disable" -> new DisableUser(user);
      case "user.enable" -> new EnableUser(user);
      case "user.role" -> new ChangeRole(user, in.one("role"));
      case "user.second-factor.reset" -> new ResetSecondFactor(user);
      case "user.registration.resend" -> new ResendRegistration(user);
      default -> null;
    };
    return Optional.ofNullable(a);
  }

  private static void user(Pairs out, String type, String user) {
    out.put("type", type);
    out.put("user", user);
  }
}
