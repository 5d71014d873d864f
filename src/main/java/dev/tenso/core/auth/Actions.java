package dev.tenso.core.auth;

import dev.tenso.core.auth.PendingAction.AddUser;
import dev.tenso.core.auth.PendingAction.ChangeForwarding;
import dev.tenso.core.auth.PendingAction.ChangeRole;
import dev.tenso.core.auth.PendingAction.DisableUser;
import dev.tenso.core.auth.PendingAction.EnableUser;
import dev.tenso.core.auth.PendingAction.ResendRegistration;
import dev.tenso.core.auth.PendingAction.ResetSecondFactor;
import dev.tenso.core.auth.PendingAction.TurnOffForwarding;
import dev.tenso.core.common.Actor;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.forwarding.ForwardingUseCases;

/** Runs a pending action through the use case it names, as the given actor. */
final class Actions {
  private final ForwardingUseCases forwarding;
  private final UserAdminUseCases admin;

  Actions(ForwardingUseCases forwarding, UserAdminUseCases admin) {
    this.forwarding = forwarding;
    this.admin = admin;
  }

  ActionResult run(Actor actor, PendingAction a) {
    if (a instanceof ChangeForwarding c) {
      return new ActionResult.Forwarding(a, forwarding.change(actor, c.number(), c.change()));
    }
    if (a instanceof TurnOffForwarding t) {
      return new ActionResult.Forwarding(a, forwarding.turnOff(actor, t.number()));
    }
    if (a instanceof AddUser u) {
      return new ActionResult.UserAdded(a, admin.addUser(actor, u.form()));
    }
    if (a instanceof DisableUser d) {
      return new ActionResult.UserChanged(a, admin.disableUser(actor, d.user()));
    }
    if (a instanceof EnableUser e) {
      return new ActionResult.UserChanged(a, admin.enableUser(actor, e.user()));
    }
    if (a instanceof ChangeRole r) {
      return new ActionResult.UserChanged(a, admin.changeRole(actor, r.user(), r.role()));
    }
    if (a instanceof ResetSecondFactor r) {
      return new ActionResult.UserChanged(a, admin.resetSecondFactor(actor, r.user()));
    }
    ResendRegistration r = (ResendRegistration) a;
    return new ActionResult.RegistrationResent(a, admin.resendRegistration(actor, r.user()));
  }
}
