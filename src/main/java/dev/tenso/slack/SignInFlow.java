package dev.tenso.slack;

import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.auth.SignInUseCases;

/**
 * The sign-in door ({@link SignInUseCases}) for a Slack user already matched to the directory:
 * each call first identifies the Slack user id as that user (their link is the first factor;
 * the door keeps one session per Slack user id and begins nothing here), then asks the door. The
 * channel never decides a step itself: it renders what the door answers.
 */
final class SignInFlow {
  private final SignInUseCases door;

  SignInFlow(SignInUseCases door) {
    this.door = door;
  }

  /** The action now (a fresh session), or kept in the session until the code is accepted. */
  SignInAnswer run(Who who, PendingAction action) {
    identify(who);
    return door.run(who.identity(), action);
  }

  /** The step this user is at, begun (a code mailed, a TOTP set-up made). */
  SignInAnswer next(Who who) {
    identify(who);
    return door.next(who.identity());
  }

  SignInAnswer submit(Who who, SignInInput input) {
    identify(who);
    return door.submit(who.identity(), input);
  }

  void logout(Who who) {
    door.logout(who.identity());
  }

  private void identify(Who who) {
    door.identify(who.identity(), new FirstFactorClaim.Linked(who.user().id()));
  }
}
