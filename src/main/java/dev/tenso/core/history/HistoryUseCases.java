package dev.tenso.core.history;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Scopes;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The door of history: the last changes of a number or of a user, newest first, for an acting
 * user. A number's history is read within the actor's scope (an unknown number and one outside
 * it answer alike, NUMBER_NOT_IN_SCOPE); a user's history by that user or by a portal
 * administrator. Reading needs no fresh session. At most {@link #MAX} entries per answer, and
 * one directory read per distinct actor among them: the cost never grows with the organisation.
 */
public final class HistoryUseCases {
  public static final int MAX = 50;

  private final AuditLog audit;
  private final Inventory inventory;
  private final Users users;
  private final Scopes scopes;

  public HistoryUseCases(AuditLog audit, Inventory inventory, Users users, UserGroups groups) {
    this.audit = audit;
    this.inventory = inventory;
    this.users = users;
    this.scopes = new Scopes(users, groups);
  }

  /** The last {@code last} (1..50, more are cut to 50) changes of a number in the scope. */
  public Outcome<List<HistoryEntry>> ofNumber(Actor actor, String number, int last) {
    if (last < 1) {
      return Outcome.rejected("last", ErrorCode.PAGE_INVALID);
    }
    IpNumber ip;
    try {
      ip = IpNumber.of(number);
    } catch (InvalidValueException e) {
      return Outcome.rejected("number", ErrorCode.NUMBER_INVALID);
    }
    Outcome<Optional<User>> acting = scopes.activeUser(actor);
    if (!acting.isOk()) {
      return Outcome.rejected(acting.violations());
    }
    boolean visible = inventory.details(ip)
        .filter(scopes.scopeOf(acting.orElseThrow())::covers).isPresent();
    if (!visible) {
      return Outcome.rejected("number", ErrorCode.NUMBER_NOT_IN_SCOPE);
    }
    return Outcome.ok(entries(audit.forNumber(ip.digits(), Math.min(last, MAX))));
  }

  /** The last changes a user made or was the subject of: their own, or any for an admin. */
  public Outcome<List<HistoryEntry>> ofUser(Actor actor, String user, int last) {
    if (last < 1) {
      return Outcome.rejected("last", ErrorCode.PAGE_INVALID);
    }
    Outcome<Optional<User>> acting = scopes.activeUser(actor);
    if (!acting.isOk()) {
      return Outcome.rejected(acting.violations());
    }
    Optional<UserId> id = id(user);
    boolean self = id.isPresent() && id.get().equals(actor.user());
    if (!self && acting.orElseThrow().filter(User::isAdmin).isEmpty() && !actor.isSystem()) {
      return Outcome.rejected("user", ErrorCode.ADMIN_ONLY);
    }
    if (id.flatMap(users::byId).isEmpty()) {
      return Outcome.rejected("user", ErrorCode.USER_NOT_FOUND);
    }
    return Outcome.ok(entries(audit.forUser(id.get().value(), Math.min(last, MAX))));
  }

  private List<HistoryEntry> entries(List<AuditEvent> events) {
    Map<String, String> names = new HashMap<>();
    return events.stream().map(e -> new HistoryEntry(e.at(), e.actor(),
        names.computeIfAbsent(e.actor(), this::name),
        channelOf(e.channel()).orElse(Channel.SYSTEM), e.action(), e.number(), e.subject(),
        e.before(), e.after())).toList();
  }

  /** A user's name; the id itself for the import, the system, or a user no longer there. */
  private String name(String actor) {
    return channelOf(actor).isPresent() ? actor
        : id(actor).flatMap(users::byId).map(User::name).orElse(actor);
  }

  private static Optional<UserId> id(String text) {
    try {
      return Optional.of(UserId.of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Optional<Channel> channelOf(String id) {
    return Arrays.stream(Channel.values()).filter(c -> c.id().equals(id)).findFirst();
  }
}
