package dev.tenso.slack;

import dev.tenso.core.common.Outcome;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.history.HistoryEntry;
import dev.tenso.core.inventory.IpNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /forward history [number]}: the last 10 changes of a number in the user's scope (the
 * core's history door checks it), each with who, through which channel, when (in the user's time
 * zone), before and after.
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
    Outcome<List<HistoryEntry>> entries = p.core().history().ofNumber(who.actor(),
        target.number(), LAST);
    if (!entries.isOk()) {
      return Quick.refusal(p, who, entries.violations());
    }
    StringBuilder b = new StringBuilder(p.texts().t("slack.history.title", who.lang(),
        Map.of("number", IpNumber.of(target.number()).display())));
    if (entries.orElseThrow().isEmpty()) {
      b.append('\n').append(p.texts().t("slack.history.none", who.lang()));
    }
    for (HistoryEntry e : entries.orElseThrow()) {
      b.append("\n\n").append(p.texts().t("slack.history.event", who.lang(), Map.of(
          "at", p.texts().time(e.at(), who.zone(), who.lang()),
          "who", e.by().equals(e.channel().id())
              ? p.texts().words().channel(e.channel(), who.lang()) : e.byName(),
          "channel", p.texts().words().channel(e.channel(), who.lang()),
          "before", setting(e.forwardingBefore(), e.before(), who),
          "after", setting(e.forwardingAfter(), e.after(), who))));
    }
    return Reply.of(b.toString());
  }

  private String setting(Optional<ForwardingSetting> s, String audit, Who who) {
    if (s.isPresent()) {
      return p.texts().words().summary(s.get(), who.lang());
    }
    return audit == null || audit.isEmpty() ? p.texts().t("forwarding.notSet", who.lang())
        : audit;
  }
}
