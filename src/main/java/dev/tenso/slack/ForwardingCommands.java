package dev.tenso.slack;

import dev.tenso.core.common.Outcome;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingStatus.Status;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code on}, {@code off} and {@code history}: the number named, or the user's only number; and
 * the change as the core takes it.
 */
final class ForwardingCommands {
  private final Parts p;

  ForwardingCommands(Parts p) {
    this.p = p;
  }

  /** The number a command is about, or the answer that says which is missing. */
  record Target(String number, Reply problem) {}

  Target target(Who who, String named, String usage) {
    if (named != null) {
      return new Target(named, null);
    }
    Outcome<Status> mine = p.core().status().mine(who.actor()).status();
    if (!mine.isOk()) {
      return new Target(null, Quick.refusal(p, who, mine.violations()));
    }
    List<ForwardingView> own = mine.orElseThrow().numbers();
    if (own.size() == 1 && !mine.orElseThrow().truncated()) {
      return new Target(own.get(0).details().ip().display(), null);
    }
    if (own.isEmpty()) {
      return new Target(null, Reply.of(p.texts().t("slack.status.none", who.lang())));
    }
    String list = own.stream().map(v -> v.details().ip().display())
        .collect(Collectors.joining(", "));
    return new Target(null, Reply.of(p.texts().t("slack.replies.whichNumber", who.lang(),
        Map.of("numbers", list)) + "\n" + p.help().usage(usage, who.lang())));
  }

  static ForwardingChange change(SlackCommand.TurnOn on) {
    ForwardingChange c = on.voicemail() ? ForwardingChange.turnOnToVoicemail()
        : on.slot() != null ? ForwardingChange.turnOnToSlot(on.slot())
        : ForwardingChange.turnOnToNumber(on.destination());
    if (on.mode() != null) {
      c = c.withMode(on.mode());
    }
    return on.ring() == null ? c : c.withRingTime(on.ring());
  }
}
