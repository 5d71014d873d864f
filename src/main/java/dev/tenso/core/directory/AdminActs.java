package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every administrator action on a user shares, whichever it is: who may act (an ACTIVE
 * portal administrator or a system actor; for a change, with a fresh session), which user a text
 * names, and how a change is kept: a compare-and-set ({@link UserUpdate}) stored with its audit
 * event in one write, or an audit event of its own for what changes outside the user record.
 * {@link UserAdminUseCases} says which action does what.
 */
final class AdminActs {
  private final Users users;
  private final Scopes scopes;
  private final FreshSession fresh;
  private final AuditLog audit;
  private final Clock clock;

  AdminActs(Users users, UserGroups groups, FreshSession fresh, AuditLog audit, Clock clock) {
    this.users = users;
    this.scopes = new Scopes(users, groups);
    this.fresh = fresh;
    this.audit = audit;
    this.clock = clock;
  }

  /** Why the actor may not act, if they may not; a change needs a fresh session. */
  Optional<Violation> refused(Actor actor, boolean change) {
    return UserRules.admin(scopes.activeUser(actor), change,
        actor.isSystem() || !change || fresh.isFresh(actor));
  }

  /** An administrator with a fresh session, and the user they name. */
  Outcome<User> target(Actor actor, String user) {
    Optional<Violation> refused = refused(actor, true);
    if (refused.isPresent()) {
      return Outcome.rejected(List.of(refused.get()));
    }
    Optional<UserId> id = UserRef.id(user);
    return id.flatMap(users::byId).<Outcome<User>>map(Outcome::ok).orElseGet(UserRef::notFound);
  }

  /** Applies {@code change} to the user named, stored with its audit event {@code action}. */
  Outcome<User> update(Actor actor, String user, String action,
      Function<User, Outcome<User>> change) {
    Outcome<User> target = target(actor, user);
    if (!target.isOk()) {
      return target;
    }
    Outcome<UserUpdate.Change> done = UserUpdate.apply(users, target.orElseThrow().id(), change,
        (before, after) -> event(actor, action, before, after));
    return done.isOk() ? Outcome.ok(done.orElseThrow().after())
        : Outcome.rejected(done.violations());
  }

  /** The change's audit event, stored by the same write as the change itself. */
  AuditEvent event(Actor actor, String action, User before, User after) {
    return UserAudit.event(clock.instant(), actor, action, before, after);
  }

  /** Audits an action that changed no user record (a reset, a mail sent). */
  void record(Actor actor, String action, UserId target) {
    audit.append(new AuditEvent(clock.instant(), actor.auditName(), actor.channel().id(), action,
        "", target.value(), "", ""));
  }
}
