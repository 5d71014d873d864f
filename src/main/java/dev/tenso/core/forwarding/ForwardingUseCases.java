package dev.tenso.core.forwarding;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.Scope;
import dev.tenso.core.directory.Scopes;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * What every channel calls for forwarding (§5): show, change, turn off, list saved destinations,
 * and the routing of an inbound call (§6). Thin: access is {@link ForwardingAccess}, the rules
 * {@link ForwardingRules}, the parts of a change {@link ForwardingChange}; this reads and writes
 * the ports. A change is a compare-and-set loop, so two changes at once never lose either: the
 * second is applied to what the first wrote.
 */
public final class ForwardingUseCases {
  static final int MAX_ATTEMPTS = 50;
  static final String ACTION = "forwarding.change";

  private final Inventory inventory;
  private final ForwardingStore store;
  private final Scopes scopes;
  private final FreshSession fresh;
  private final ChangeNotices notices;
  private final Executor noticeSender;
  private final Clock clock;

  /**
   * @param notices told of every change written (§7)
   * @param noticeSender runs the change notices after the answer, so neither looking up the
   *     recipients nor a slow mail server delays the channel (Slack answers within 3 s)
   */
  public ForwardingUseCases(Inventory inventory, ForwardingStore store, Users users,
      UserGroups groups, FreshSession fresh, ChangeNotices notices, Executor noticeSender,
      Clock clock) {
    this.inventory = inventory;
    this.store = store;
    this.scopes = new Scopes(users, groups);
    this.fresh = fresh;
    this.notices = notices;
    this.noticeSender = noticeSender;
    this.clock = clock;
  }

  /** The forwarding of a number in the actor's scope; needs no fresh session. */
  public Outcome<ForwardingView> show(Actor actor, String number) {
    Optional<IpNumber> ip = parse(number);
    if (ip.isEmpty()) {
      return Outcome.rejected("number", ErrorCode.NUMBER_INVALID);
    }
    Outcome<Optional<User>> user = scopes.activeUser(actor);
    Outcome<NumberDetails> found = ForwardingAccess.forReading(user,
        scopes.scopeOf(user.isOk() ? user.orElseThrow() : Optional.empty()),
        user.isOk() ? inventory.details(ip.get()) : Optional.empty());
    return found.map(n -> ForwardingView.of(n, store.get(n.ip()).value()));
  }

  /** The saved destinations (リスト1-5) of a number in the actor's scope. */
  public Outcome<List<ForwardingView.SavedDestination>> destinations(Actor actor, String number) {
    return show(actor, number).map(ForwardingView::destinations);
  }

  /**
   * 転送しない: keeps mode, ring time, slots and the active target. Succeeds even when the kept
   * setting breaks a rule made since it was saved; the answer's warnings say what.
   */
  public Outcome<ForwardingView> turnOff(Actor actor, String number) {
    return change(actor, number, ForwardingChange.turnOff());
  }

  /** Applies {@code change} to the latest setting, checks every rule, writes it with its audit. */
  public Outcome<ForwardingView> change(Actor actor, String number, ForwardingChange change) {
    Optional<IpNumber> ip = parse(number);
    if (ip.isEmpty()) {
      return Outcome.rejected("number", ErrorCode.NUMBER_INVALID);
    }
    Outcome<Optional<User>> user = scopes.activeUser(actor);
    if (!user.isOk()) {
      return Outcome.rejected(user.violations());
    }
    Scope scope = scopes.scopeOf(user.orElseThrow());
    Outcome<NumberDetails> found = ForwardingAccess.forChanging(user,
        actor.isSystem() || fresh.isFresh(actor), scope, inventory.details(ip.get()));
    if (!found.isOk()) {
      return Outcome.rejected(found.violations());
    }
    NumberDetails n = found.orElseThrow();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Versioned<ForwardingSetting> current = store.get(n.ip());
      Outcome<ForwardingRules.Checked> next = ForwardingRules.apply(
          n, current.value(), change, this::otherNumber, other -> sees(scope, other));
      if (!next.isOk()) {
        return Outcome.rejected(next.violations());
      }
      ForwardingSetting after = next.orElseThrow().setting();
      List<Violation> warnings = next.orElseThrow().warnings();
      if (after.equals(current.value())) {
        return Outcome.ok(new ForwardingView(n, after, after, false, warnings));
      }
      AuditEvent event = new AuditEvent(clock.instant(), actor.auditName(), actor.channel().id(),
          ACTION, n.ip().digits(), "", AuditFormat.format(current.value()),
          AuditFormat.format(after));
      RoutingDecision route = RoutingDecision.decide(n, after);
      if (store.compareAndSet(n.ip(), current.version(), after, route, event)) {
        ForwardingView view = new ForwardingView(n, current.value(), after, true, warnings);
        String by = user.orElseThrow().map(User::name).orElse(actor.auditName());
        notify(view, current.version() + 1, actor, by, event.at());
        return Outcome.ok(view);
      }
    }
    return Outcome.rejected("number", ErrorCode.CONCURRENT_CHANGE);
  }

  private void notify(ForwardingView view, long version, Actor actor, String by, Instant at) {
    try {
      noticeSender.execute(() -> notices.changed(view, version, actor, by, at));
    } catch (RejectedExecutionException e) {
      notices.changed(view, version, actor, by, at); // the sender is saturated: send now
    }
  }

  /** What an inbound call to {@code number} does; empty when it is not a tenso number. */
  public Optional<RoutingDecision> routing(IpNumber number) {
    return inventory.details(number)
        .map(n -> RoutingDecision.decide(n, store.get(number).value()));
  }

  private Optional<ForwardingSetting> otherNumber(IpNumber ip) {
    return inventory.number(ip).map(n -> store.get(ip).value());
  }

  /** Asked only of the numbers a forwarding loop passes through. */
  private boolean sees(Scope scope, IpNumber ip) {
    return scope.all() || inventory.details(ip).filter(scope::covers).isPresent();
  }

  private static Optional<IpNumber> parse(String number) {
    try {
      return Optional.of(IpNumber.of(number));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
