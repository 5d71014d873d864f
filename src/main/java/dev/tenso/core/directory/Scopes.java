package dev.tenso.core.directory;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import java.util.Optional;

/**
 * Resolves who is acting: the acting user (who must exist and be ACTIVE) and their {@link Scope}.
 * A system actor (the import) acts on every number.
 */
public final class Scopes {
  private final Users users;
  private final UserGroups groups;

  public Scopes(Users users, UserGroups groups) {
    this.users = users;
    this.groups = groups;
  }

  /** The acting user when ACTIVE; empty for a system actor; USER_NOT_ACTIVE otherwise. */
  public Outcome<Optional<User>> activeUser(Actor actor) {
    if (actor.isSystem()) {
      return Outcome.ok(Optional.empty());
    }
    return users.byId(actor.user())
        .filter(u -> u.status() == UserStatus.ACTIVE)
        .<Outcome<Optional<User>>>map(u -> Outcome.ok(Optional.of(u)))
        .orElseGet(() -> Outcome.rejected("user", ErrorCode.USER_NOT_ACTIVE));
  }

  public Outcome<Scope> scopeOf(Actor actor) {
    return activeUser(actor).map(this::scopeOf);
  }

  /** The scope of an acting user; a system actor (empty) acts on every number. */
  public Scope scopeOf(Optional<User> actingUser) {
    return actingUser.map(this::scopeOf).orElseGet(Scope::everything);
  }

  public Scope scopeOf(User user) {
    return Scope.of(user, user.groups().stream()
        .map(groups::byName)
        .flatMap(Optional::stream)
        .toList());
  }
}
