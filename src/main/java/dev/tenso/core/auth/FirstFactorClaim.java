package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;
import java.util.Objects;

/**
 * The first factor a channel has of who is at the other end (§3: no password is ever typed into
 * a chat or a keypad). Only who claims to be there: a code always follows before anything is
 * changed.
 */
public sealed interface FirstFactorClaim
    permits FirstFactorClaim.SlackEmail, FirstFactorClaim.CallerNumber,
        FirstFactorClaim.KeyedPhone, FirstFactorClaim.Linked {

  /** The email of the Slack workspace profile: the user whose login email it is. */
  record SlackEmail(String email) implements FirstFactorClaim {}

  /**
   * The caller's number ({@code From}: {@code +81…} or domestic): the one user whose phone or
   * mobile it is. A number several users share (a main line) identifies nobody.
   */
  record CallerNumber(String number) implements FirstFactorClaim {}

  /** A registered phone number keyed in on the keypad, matched like a caller's number. */
  record KeyedPhone(String number) implements FirstFactorClaim {}

  /**
   * A user this channel matched before by its own first factor and remembered (Slack: the Slack
   * user id linked at the first email match), so the channel need not ask again.
   */
  record Linked(UserId user) implements FirstFactorClaim {
    public Linked {
      Objects.requireNonNull(user, "user");
    }
  }
}
