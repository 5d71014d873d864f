package dev.tenso.slack;

import com.slack.api.model.view.View;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.forwarding.ForwardingStatus.Status;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.List;
import java.util.Optional;

/**
 * What can be answered from the one forwarding snapshot already read: status, help, the saved
 * destinations, a wrong shape, the administrators' commands refused to a general user, and the
 * forwarding modal to open. Everything else is answered after the acknowledgement.
 */
final class Quick {
  private final Parts p;

  Quick(Parts p) {
    this.p = p;
  }

  /** An answer made from the snapshot: a message, or a modal to open. */
  sealed interface Result permits Message, Modal {}

  record Message(Reply reply) implements Result {}

  record Modal(View view) implements Result {}

  /** The number a command reads first, or null for the user's own numbers. */
  static String named(SlackCommand cmd) {
    if (cmd instanceof SlackCommand.Status s) {
      return s.number();
    }
    if (cmd instanceof SlackCommand.Edit e) {
      return e.number();
    }
    return cmd instanceof SlackCommand.Saved s ? s.number() : null;
  }

  /** @param status the snapshot read for this command (see {@link #named}) */
  Optional<Result> answer(Who who, SlackCommand cmd, Outcome<Status> status) {
    if (cmd instanceof SlackCommand.Invalid i) {
      return message(p.help().invalid(i, who.lang()));
    }
    if (cmd instanceof SlackCommand.Help) {
      return message(p.help().help(who.user()));
    }
    if (cmd instanceof SlackCommand.Status) {
      return message(status.isOk()
          ? p.statusBlocks().render(status.orElseThrow(), who.lang()) : refused(who, status));
    }
    if (cmd instanceof SlackCommand.Saved) {
      return message(status.isOk()
          ? new SavedBlocks(p.texts()).render(status.orElseThrow(), who.lang())
          : refused(who, status));
    }
    if (cmd instanceof SlackCommand.Edit) {
      return edit(who, status);
    }
    if (cmd.adminOnly() && !who.user().isAdmin()) {
      return message(refused(who, Outcome.rejected("actor", ErrorCode.ADMIN_ONLY)));
    }
    return Optional.empty();
  }

  private Optional<Result> edit(Who who, Outcome<Status> status) {
    if (!status.isOk()) {
      return message(refused(who, status));
    }
    List<ForwardingView> shown = status.orElseThrow().numbers();
    if (shown.isEmpty()) {
      return message(Reply.of(p.texts().t("slack.status.none", who.lang())));
    }
    return Optional.of(new Modal(p.modal().render(shown.get(0), shown, who.lang())));
  }

  private Reply refused(Who who, Outcome<?> outcome) {
    return Reply.of(p.texts().errors(outcome.violations(), who.lang(), who.zone()));
  }

  static Reply refusal(Parts p, Who who, List<Violation> violations) {
    return Reply.of(p.texts().errors(violations, who.lang(), who.zone()));
  }

  private static Optional<Result> message(Reply r) {
    return Optional.of(new Message(r));
  }
}
