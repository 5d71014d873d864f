package dev.tenso.core.auth;

import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.AddedUser;
import dev.tenso.core.directory.RegistrationSent;
import dev.tenso.core.directory.User;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.Objects;

/**
 * What a {@link PendingAction} gave when it ran: the action, and the very {@link Outcome} its
 * use case answered, so a channel renders it exactly as if it had called the use case itself.
 */
public sealed interface ActionResult
    permits ActionResult.Forwarding, ActionResult.UserChanged, ActionResult.UserAdded,
        ActionResult.RegistrationResent {

  PendingAction action();

  /** The use case's outcome, whatever its value (each result narrows it). */
  Outcome<?> outcome();

  /** {@link PendingAction.ChangeForwarding}, {@link PendingAction.TurnOffForwarding}. */
  record Forwarding(PendingAction action, Outcome<ForwardingView> outcome)
      implements ActionResult {
    public Forwarding {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * {@link PendingAction.DisableUser}, {@link PendingAction.EnableUser},
   * {@link PendingAction.ChangeRole}, {@link PendingAction.ResetSecondFactor}: the user after.
   */
  record UserChanged(PendingAction action, Outcome<User> outcome) implements ActionResult {
    public UserChanged {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** {@link PendingAction.AddUser}. */
  record UserAdded(PendingAction action, Outcome<AddedUser> outcome) implements ActionResult {
    public UserAdded {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** {@link PendingAction.ResendRegistration}. */
  record RegistrationResent(PendingAction action, Outcome<RegistrationSent> outcome)
      implements ActionResult {
    public RegistrationResent {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
