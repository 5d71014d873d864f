package dev.tenso.core.forwarding;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.auth.FreshSession;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Actor;
import dev.tenso.core.directory.Scope;
import dev.tenso.core.directory.Scopes;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.notify.Mail;
import dev.tenso.core.notify.Mailer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What every channel calls for forwarding (§5): show, change, turn off, list saved destinations,
 * and the routing of an inbound call (§6). Thin: the rules are {@link ForwardingRules}, the
 * parts of a change {@link ForwardingChange}; this reads and writes the ports. A change is a
 * compare-and-set loop, so two changes at once never lose either.
 */
public final class ForwardingUseCases {
  static final int MAX_ATTEMPTS = 50;
  static final String ACTION = "forwarding.change";

  private final Inventory inventory;
  private final ForwardingStore store;
  private final Users users;
  private final Scopes scopes;
  private final FreshSession fresh;
  private final Mailer mailer;
  private final Clock clock;

  public ForwardingUseCases(Inventory inventory, ForwardingStore store, Users users,
      UserGroups groups, FreshSession fresh, Mailer mailer, Clock clock) {
    this.inventory = inventory;
    this.store = store;
    this.users = users;
    this.scopes = new Scopes(users, groups);
    this.fresh = fresh;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** The forwarding of a number in the actor's scope; needs no fresh session. */
  public Outcome<ForwardingView> show(Actor actor, String number) {
    return numberInScope(actor, number)
        .map(n -> ForwardingView.of(n, store.get(n.ip()).value()));
  }

  /** The saved destinations (リスト1-5) of a number in the actor's scope. */
  public Outcome<List<ForwardingView.SavedDestination>> destinations(Actor actor, String number) {
    return show(actor, number).map(ForwardingView::destinations);
  }

  public Outcome<ForwardingView> turnOff(Actor actor, String number) {
    return change(actor, number, ForwardingChange.turnOff());
  }

  /** Applies {@code change} to the latest setting, checks every rule, writes it with its audit. */
  public Outcome<ForwardingView> change(Actor actor, String number, ForwardingChange change) {
    Outcome<Optional<User>> user = scopes.activeUser(actor);
    if (!user.isOk()) {
      return Outcome.rejected(user.violations());
    }
    if (!actor.isSystem() && !fresh.isFresh(actor)) {
      return Outcome.rejected("session", ErrorCode.SESSION_REQUIRED);
    }
    Outcome<NumberDetails> found = numberInScope(actor, number);
    if (!found.isOk()) {
      return Outcome.rejected(found.violations());
    }
    NumberDetails n = found.orElseThrow();
    if (!n.site().opened()) {
      return Outcome.rejected("number", ErrorCode.SITE_NOT_OPENED);
    }
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Versioned<ForwardingSetting> current = store.get(n.ip());
      Outcome<ForwardingSetting> next = change.applyTo(current.value());
      if (!next.isOk()) {
        return Outcome.rejected(next.violations());
      }
      ForwardingSetting after = next.orElseThrow();
      List<Violation> violations = ForwardingRules.validate(n, after, this::otherNumber);
      if (!violations.isEmpty()) {
        return Outcome.rejected(violations);
      }
      if (after.equals(current.value())) {
        return Outcome.ok(ForwardingView.of(n, after));
      }
      AuditEvent event = new AuditEvent(clock.instant(), actor.auditName(), actor.channel().id(),
          ACTION, n.ip().digits(), "", AuditFormat.format(current.value()),
          AuditFormat.format(after));
      if (store.compareAndSet(n.ip(), current.version(), after, event)) {
        ForwardingView view = new ForwardingView(n, current.value(), after, true);
        notifyOwners(view, changedBy(actor, user.orElseThrow()), actor, event);
        return Outcome.ok(view);
      }
    }
    return Outcome.rejected("number", ErrorCode.CONCURRENT_CHANGE);
  }

  /** What an inbound call to {@code number} does; empty when it is not a tenso number. */
  public Optional<RoutingDecision> routing(IpNumber number) {
    return inventory.details(number)
        .map(n -> RoutingDecision.decide(n, store.get(number).value()));
  }

  private Outcome<NumberDetails> numberInScope(Actor actor, String number) {
    IpNumber ip;
    try {
      ip = IpNumber.of(number);
    } catch (InvalidValueException e) {
      return Outcome.rejected("number", ErrorCode.NUMBER_INVALID);
    }
    Outcome<Scope> scope = scopes.scopeOf(actor);
    if (!scope.isOk()) {
      return Outcome.rejected(scope.violations());
    }
    return inventory.details(ip)
        .filter(scope.orElseThrow()::covers)
        .<Outcome<NumberDetails>>map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected("number", ErrorCode.NUMBER_NOT_IN_SCOPE));
  }

  private Optional<ForwardingSetting> otherNumber(IpNumber ip) {
    return inventory.number(ip).map(n -> store.get(ip).value());
  }

  private static String changedBy(Actor actor, Optional<User> user) {
    return user.map(User::name).orElse(actor.auditName());
  }

  /** §7: mails every ACTIVE user assigned this number who receives line notification mail. */
  private void notifyOwners(ForwardingView v, String changedBy, Actor actor, AuditEvent event) {
    List<User> owners;
    try {
      owners = users.all().stream()
          .filter(u -> u.status() == UserStatus.ACTIVE && u.lineNotification())
          .filter(u -> u.numbers().contains(v.details().ip()))
          .toList();
    } catch (RuntimeException e) {
      return; // the change is written; a notice that cannot be prepared never undoes it
    }
    for (User u : owners) {
      try {
        mailer.send(new Mail.ForwardingChanged(u, v.details().ip(), v.before(), v.after(),
            changedBy, actor.channel(), event.at()));
      } catch (RuntimeException e) {
        // the mail adapter logs its own failures; a failed mail never undoes the change
      }
    }
  }
}
