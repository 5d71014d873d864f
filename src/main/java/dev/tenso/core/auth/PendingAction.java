package dev.tenso.core.auth;

import dev.tenso.core.directory.UserForm;
import dev.tenso.core.forwarding.ForwardingChange;
import java.util.Objects;

/**
 * A sensitive action a channel asks for on behalf of a channel identity: which use case, with
 * which arguments, exactly as the channel would pass them to the use case itself. When the
 * session is not fresh, sign-in keeps it in the session and runs it, through that same use case,
 * once the code is accepted ({@link SignInUseCases#run}); the result comes back as an
 * {@link ActionResult}.
 */
public sealed interface PendingAction
    permits PendingAction.ChangeForwarding, PendingAction.TurnOffForwarding,
        PendingAction.AddUser, PendingAction.DisableUser, PendingAction.EnableUser,
        PendingAction.ChangeRole, PendingAction.ResetSecondFactor,
        PendingAction.ResendRegistration {

  /** {@code ForwardingUseCases.change(actor, number, change)}. */
  record ChangeForwarding(String number, ForwardingChange change) implements PendingAction {
    public ChangeForwarding {
      Objects.requireNonNull(change, "change");
    }
  }

  /** {@code ForwardingUseCases.turnOff(actor, number)}: 転送しない. */
  record TurnOffForwarding(String number) implements PendingAction {}

  /** {@code UserAdminUseCases.addUser(actor, form)}. */
  record AddUser(UserForm form) implements PendingAction {
    public AddUser {
      Objects.requireNonNull(form, "form");
    }
  }

  /** {@code UserAdminUseCases.disableUser(actor, user)}. */
  record DisableUser(String user) implements PendingAction {}

  /** {@code UserAdminUseCases.enableUser(actor, user)}. */
  record EnableUser(String user) implements PendingAction {}

  /** {@code UserAdminUseCases.changeRole(actor, user, role)}. */
  record ChangeRole(String user, String role) implements PendingAction {}

  /** {@code UserAdminUseCases.resetSecondFactor(actor, user)}. */
  record ResetSecondFactor(String user) implements PendingAction {}

  /** {@code UserAdminUseCases.resendRegistration(actor, user)}. */
  record ResendRegistration(String user) implements PendingAction {}
}
