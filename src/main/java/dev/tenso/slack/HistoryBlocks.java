package dev.tenso.slack;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingStatus.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /forward history [number]}: the last 10 changes of a number in the user's scope (checked
 * by the core), each with who, through which channel, when (in the user's time zone), before and
 * after.
 */
final class HistoryBlocks {
  static final int LAST = 10;

  private final Parts p;
  private final ForwardingCommands forwarding;

  HistoryBlocks(Parts p, ForwardingCommands forwarding) {
    this.p = p;
    this.forwarding = forwarding;
  }

  Reply render(Who who, String named) {
    ForwardingCommands.Target target = forwarding.target(who, named, "history");
    if (target.problem() != null) {
      return target.problem();
    }
    Outcome<Status> status = p.core().status().of(who.actor(), target.number()).status();
    if (!status.isOk()) {
      return Quick.refusal(p, who, status.violations());
    }
    String digits = status.orElseThrow().numbers().get(0).details().ip().digits();
    String display = status.orElseThrow().numbers().get(0).details().ip().display();
    List<AuditEvent> events = p.core().audit().forNumber(digits, LAST);
    StringBuilder b = new StringBuilder(p.texts().t("slack.history.title", who.lang(),
        Map.of("number", display)));
    if (events.isEmpty()) {
      b.append('\n').append(p.texts().t("slack.history.none", who.lang()));
    }
    Map<String, String> names = new HashMap<>();
    for (AuditEvent e : events) {
      String actor = names.computeIfAbsent(e.actor(), a -> name(a, who));
      b.append("\n\n").append(p.texts().t("slack.history.event", who.lang(), Map.of(
          "at", p.texts().time(e.at(), who.zone(), who.lang()),
          "who", actor,
          "channel", channel(e.channel(), who),
          "before", setting(e.before(), who),
          "after", setting(e.after(), who))));
    }
    return Reply.of(b.toString());
  }

  private String name(String actor, Who who) {
    try {
      Optional<User> u = p.core().users().byId(new UserId(actor));
      if (u.isPresent()) {
        return u.get().name();
      }
    } catch (InvalidValueException e) {
      // not a user id: a channel acting by itself
    }
    return channel(actor, who);
  }

  private String channel(String id, Who who) {
    try {
      return p.texts().words().channel(Channel.valueOf(id.toUpperCase(Locale.ROOT)), who.lang());
    } catch (IllegalArgumentException e) {
      return id;
    }
  }

  private String setting(String audit, Who who) {
    if (audit.isEmpty()) {
      return p.texts().t("forwarding.notSet", who.lang());
    }
    try {
      return p.texts().words().summary(AuditFormat.parse(audit), who.lang());
    } catch (IllegalArgumentException e) {
      return audit;
    }
  }
}
