package dev.tenso.core.directory;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.inventory.ActorScopes;
import dev.tenso.core.inventory.Scope;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves who is acting: the acting user (who must exist and be ACTIVE) and their
 * {@link Scope}. A system actor (the import) acts on every number.
 */
public final class Scopes implements ActorScopes {
  private final Users users;
  private final UserGroups groups;

  public Scopes(Users users, UserGroups groups) {
    this.users = users;
    this.groups = groups;
  }

  /**
   * A user's scope: every number for a portal administrator; else the numbers assigned directly
   * and every number of the sites and voice groups their user groups give.
   *
   * @param groups user groups; only those the user is a member of (by name) count
   */
  public static Scope of(User user, List<UserGroup> groups) {
    if (user.isAdmin()) {
      return Scope.everything();
    }
    Set<SiteId> sites = new HashSet<>();
    Set<VoiceGroupId> voiceGroups = new HashSet<>();
    for (UserGroup g : groups) {
      if (user.groups().contains(g.name())) {
        sites.addAll(g.sites());
        voiceGroups.addAll(g.voiceGroups());
      }
    }
    return new Scope(false, user.numbers(), sites, voiceGroups);
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

  @Override
  public Outcome<Scope> scopeOf(Actor actor) {
    return activeUser(actor).map(this::scopeOf);
  }

  /** The scope of an acting user; a system actor (empty) acts on every number. */
  public Scope scopeOf(Optional<User> actingUser) {
    return actingUser.map(this::scopeOf).orElseGet(Scope::everything);
  }

  public Scope scopeOf(User user) {
    return of(user, user.groups().stream()
        .map(groups::byName)
        .flatMap(Optional::stream)
        .toList());
  }
}
