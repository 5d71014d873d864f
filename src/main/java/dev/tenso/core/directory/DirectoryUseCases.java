package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator's user management (ユーザー管理, §2): list, add, disable, re-enable, change a
 * role. Only portal administrators (and system actors) may; every change needs a fresh session
 * and is audited with its before and after, in the same atomic write as the change ({@link
 * Users#create}, {@link Users#update}). Form checks are {@link UserForm}'s, the keyword filter
 * {@link UserSearch}'s; this reads and writes the ports. A change is a compare-and-set
 * ({@link UserUpdate}): a concurrent change is never overwritten, the rule is re-checked on it.
 */
public final class DirectoryUseCases {
  private final Users users;
  private final UserGroups groups;
  private final Scopes scopes;
  private final FreshSession fresh;
  private final Onboarding onboarding;
  private final Clock clock;

  public DirectoryUseCases(Users users, UserGroups groups, FreshSession fresh,
      Onboarding onboarding, Clock clock) {
    this.users = users;
    this.groups = groups;
    this.scopes = new Scopes(users, groups);
    this.fresh = fresh;
    this.onboarding = onboarding;
    this.clock = clock;
  }

  /** ユーザー一覧: keyword over name, email and phone; 10 per page with the total. */
  public Outcome<Page<User>> listUsers(Actor actor, String keyword, int page) {
    Optional<Violation> refused = admin(actor, false);
    if (refused.isPresent()) {
      return Outcome.rejected(List.of(refused.get()));
    }
    if (page < 1) {
      return Outcome.rejected("page", ErrorCode.PAGE_INVALID);
    }
    return Outcome.ok(UserSearch.search(users.all(), keyword, page));
  }

  /** ユーザー追加: a PENDING user; then the registration is started through {@link Onboarding}. */
  public Outcome<User> addUser(Actor actor, UserForm form) {
    Optional<Violation> refused = admin(actor, true);
    if (refused.isPresent()) {
      return Outcome.rejected(List.of(refused.get()));
    }
    var known = groups.all().stream().map(UserGroup::name).collect(Collectors.toSet());
    Outcome<UserDraft> draft = form.validate(known);
    List<Violation> out = new ArrayList<>(draft.violations());
    if (draft.isOk() && users.byEmail(draft.orElseThrow().email()).isPresent()) {
      out.add(Violation.of("email", ErrorCode.EMAIL_TAKEN));
    }
    if (!out.isEmpty()) {
      return Outcome.rejected(out);
    }
    User user = draft.orElseThrow().toUser(users.nextId(), UserStatus.PENDING, clock.instant());
    if (!users.create(user, event(actor, "user.add", null, user))) {
      return Outcome.rejected("email", ErrorCode.EMAIL_TAKEN);
    }
    try {
      onboarding.userAdded(user);
    } catch (RuntimeException e) {
      // the user exists; an administrator can resend the registration
    }
    return Outcome.ok(user);
  }

  public Outcome<User> disableUser(Actor actor, UserId id) {
    return update(actor, id, "user.disable", u -> UserRules.disable(actor.user(), u));
  }

  /** Re-enables a DISABLED user as ACTIVE. */
  public Outcome<User> enableUser(Actor actor, UserId id) {
    return update(actor, id, "user.enable",
        u -> UserRules.enable(u, onboarding.registrationFinished(u.id())));
  }

  /** Changes the role; an administrator cannot demote themself. */
  public Outcome<User> changeRole(Actor actor, UserId id, Role role) {
    return update(actor, id, "user.role", u -> UserRules.changeRole(actor.user(), u, role));
  }

  private Outcome<User> update(Actor actor, UserId id, String action,
      Function<User, Outcome<User>> change) {
    Optional<Violation> refused = admin(actor, true);
    if (refused.isPresent()) {
      return Outcome.rejected(List.of(refused.get()));
    }
    Outcome<UserUpdate.Change> done = UserUpdate.apply(users, id, change,
        (before, after) -> event(actor, action, before, after));
    if (!done.isOk()) {
      return Outcome.rejected(done.violations());
    }
    return Outcome.ok(done.orElseThrow().after());
  }

  private Optional<Violation> admin(Actor actor, boolean needsFresh) {
    return UserRules.admin(scopes.activeUser(actor), needsFresh,
        actor.isSystem() || !needsFresh || fresh.isFresh(actor));
  }

  /** The change's audit event, stored by the same write as the change itself. */
  private AuditEvent event(Actor actor, String action, User before, User after) {
    return UserAudit.event(clock.instant(), actor, action, before, after);
  }
}
