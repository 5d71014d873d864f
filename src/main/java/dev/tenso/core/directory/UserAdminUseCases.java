package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.common.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The door of user administration (ユーザー管理, §2): list, show, add, disable, re-enable, change a
 * role, reset a second factor, resend the registration. Only portal administrators (and system
 * actors) may; every change needs a fresh session and is audited. Users are named as text (an id
 * from a button, an email typed in a command): a bad one is a {@link Violation}, never an
 * exception. A change of a user is a compare-and-set ({@link UserUpdate}) stored with its audit
 * event in one write; the rules are {@link UserRules}', the form's {@link UserForm}'s. Each
 * method says what its action does; who may, which user the text names and how a change is
 * stored and audited are the same for all, in {@link AdminActs}.
 */
public final class UserAdminUseCases {
  private final Users users;
  private final UserGroups groups;
  private final Onboarding onboarding;
  private final Clock clock;
  private final AdminActs acts;

  public UserAdminUseCases(Users users, UserGroups groups, FreshSession fresh,
      Onboarding onboarding, AuditLog audit, Clock clock) {
    this.users = users;
    this.groups = groups;
    this.onboarding = onboarding;
    this.clock = clock;
    this.acts = new AdminActs(users, groups, fresh, audit, clock);
  }

  /**
   * ユーザー一覧: the users a keyword names (the start of a name, an email or a phone; see {@link
   * UserSearch}), 10 per page with the total, read through the directory's index: no page reads
   * the whole directory.
   */
  public Outcome<Page<User>> listUsers(Actor actor, String keyword, int page) {
    Optional<Violation> refused = acts.refused(actor, false);
    if (refused.isPresent()) {
      return Outcome.rejected(List.of(refused.get()));
    }
    if (page < 1) {
      return Outcome.rejected("page", ErrorCode.PAGE_INVALID);
    }
    return Outcome.ok(UserSearch.search(users, keyword, page));
  }

  /** One user, by id or by login email; needs no fresh session. */
  public Outcome<User> showUser(Actor actor, String idOrEmail) {
    Optional<Violation> refused = acts.refused(actor, false);
    if (refused.isPresent()) {
      return Outcome.rejected(List.of(refused.get()));
    }
    return UserRef.find(users, idOrEmail).<Outcome<User>>map(Outcome::ok)
        .orElseGet(UserRef::notFound);
  }

  /**
   * ユーザー追加: a PENDING user, then the registration mail. A mail that cannot be sent does not
   * undo the user: the answer says so and the registration can be resent.
   */
  public Outcome<AddedUser> addUser(Actor actor, UserForm form) {
    Optional<Violation> refused = acts.refused(actor, true);
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
    if (!users.create(user, acts.event(actor, "user.add", null, user))) {
      return Outcome.rejected("email", ErrorCode.EMAIL_TAKEN);
    }
    return Outcome.ok(new AddedUser(user, register(user)));
  }

  private Optional<Instant> register(User user) {
    try {
      Outcome<Instant> mailed = onboarding.startRegistration(user);
      return mailed.isOk() ? Optional.of(mailed.orElseThrow()) : Optional.empty();
    } catch (StoreUnavailableException e) {
      return Optional.empty(); // the user exists; the registration can be resent
    }
  }

  public Outcome<User> disableUser(Actor actor, String user) {
    return acts.update(actor, user, "user.disable", u -> UserRules.disable(actor.user(), u));
  }

  /** Re-enables a DISABLED user: ACTIVE, or PENDING when their registration was not finished. */
  public Outcome<User> enableUser(Actor actor, String user) {
    return acts.update(actor, user, "user.enable",
        u -> UserRules.enable(u, onboarding.registrationFinished(u.id())));
  }

  /** Changes the role ({@code GENERAL} or {@code PORTAL_ADMIN}); never one's own. */
  public Outcome<User> changeRole(Actor actor, String user, String role) {
    Optional<Role> parsed = UserRef.role(role);
    if (parsed.isEmpty()) {
      return Outcome.rejected("role", ErrorCode.ROLE_INVALID);
    }
    return acts.update(actor, user, "user.role",
        u -> UserRules.changeRole(actor.user(), u, parsed.get()));
  }

  /** Back to second-factor set-up at the user's next sign-in; a lock is lifted. Audited. */
  public Outcome<User> resetSecondFactor(Actor actor, String user) {
    Outcome<User> target = acts.target(actor, user);
    if (target.isOk()) {
      onboarding.resetSecondFactor(target.orElseThrow().id());
      acts.record(actor, "user.second-factor.reset", target.orElseThrow().id());
    }
    return target;
  }

  /** A new registration code is mailed (the old one dies). Audited when sent. */
  public Outcome<RegistrationSent> resendRegistration(Actor actor, String user) {
    Outcome<User> target = acts.target(actor, user);
    if (!target.isOk()) {
      return Outcome.rejected(target.violations());
    }
    User u = target.orElseThrow();
    Outcome<Instant> sent = onboarding.startRegistration(u);
    if (sent.isOk()) {
      acts.record(actor, "user.registration.resend", u.id());
    }
    return sent.map(expiry -> new RegistrationSent(u, expiry));
  }
}
