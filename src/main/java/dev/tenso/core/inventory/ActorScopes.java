package dev.tenso.core.inventory;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Outcome;

/**
 * Port: the {@link Scope} of whoever is acting. The directory answers it (who the user is, their
 * role and user groups), so the inventory's number search knows nothing of users.
 */
public interface ActorScopes {
  /** Every number for a system actor; USER_NOT_ACTIVE unless the acting user is ACTIVE. */
  Outcome<Scope> scopeOf(Actor actor);
}
