package dev.tenso.slack;

import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.forwarding.ForwardingStatus.Look;
import java.util.Optional;
import java.util.function.Function;

/**
 * The commands answered after the acknowledgement: changes (run through the sign-in door, which
 * keeps them until the code when the session is not fresh), search, history, sign-in, the
 * administrators' commands, registration. Each gives the reply to send (empty when it answered
 * otherwise, e.g. by opening a modal).
 */
final class Commands {
  private final Parts p;
  private final Quick quick;
  private final ForwardingCommands forwarding;
  private final ActionResults results;
  private final StepViews views;
  private final StepReplies steps;
  private final NumbersBlocks numbers;
  private final HistoryBlocks history;
  private final AdminCommands admin;

  Commands(Parts p) {
    this.p = p;
    this.quick = new Quick(p);
    this.forwarding = new ForwardingCommands(p);
    this.results = new ActionResults(p);
    this.views = new StepViews(p, results);
    this.steps = new StepReplies(p, results, views);
    this.numbers = new NumbersBlocks(p);
    this.history = new HistoryBlocks(p, forwarding);
    this.admin = new AdminCommands(p, this);
  }

  NumbersBlocks numbers() {
    return numbers;
  }

  AdminCommands admin() {
    return admin;
  }

  StepViews views() {
    return views;
  }

  StepReplies steps() {
    return steps;
  }

  ActionResults results() {
    return results;
  }

  Optional<Reply> run(Who who, SlackCommand cmd, Turn turn) {
    if (cmd instanceof SlackCommand.TurnOn on) {
      return change(who, on.number(), n -> new PendingAction.ChangeForwarding(n,
          ForwardingCommands.change(on)), "on", turn);
    }
    if (cmd instanceof SlackCommand.TurnOff off) {
      return change(who, off.number(), PendingAction.TurnOffForwarding::new, "off", turn);
    }
    if (cmd instanceof SlackCommand.Numbers n) {
      return Optional.of(numbers.search(who, n));
    }
    if (cmd instanceof SlackCommand.History h) {
      return Optional.of(history.render(who, h.number()));
    }
    if (cmd instanceof SlackCommand.Login) {
      return steps.reply(who, p.signIn().next(who), turn);
    }
    if (cmd instanceof SlackCommand.Code c) {
      return steps.reply(who, p.signIn().submit(who, new SignInInput.Code(c.code())), turn);
    }
    if (cmd instanceof SlackCommand.Logout) {
      p.signIn().logout(who);
      return Optional.of(Reply.of(p.texts().t("slack.signin.signedOut", who.lang())));
    }
    if (cmd instanceof SlackCommand.Register r) {
      return steps.reply(who, register(who, r), turn);
    }
    if (cmd.adminOnly()) {
      return admin.run(who, cmd, turn);
    }
    return again(who, cmd, turn);
  }

  /** A PENDING user: whatever they type, registration goes on from where the door says. */
  Optional<Reply> pending(Who who, SlackCommand cmd, Turn turn) {
    SignInAnswer answer = cmd instanceof SlackCommand.Register r ? register(who, r)
        : p.signIn().next(who);
    return steps.reply(who, answer, turn);
  }

  /** Runs {@code action} through the door: at once with a fresh session, else after the code. */
  SignInAnswer act(Who who, PendingAction action) {
    return p.signIn().run(who, action);
  }

  private SignInAnswer register(Who who, SlackCommand.Register r) {
    return p.signIn().submit(who, new SignInInput.RegistrationCode(r.token()));
  }

  /** What the acknowledgement would have answered (after a code, or on a first use). */
  private Optional<Reply> again(Who who, SlackCommand cmd, Turn turn) {
    String named = Quick.named(cmd);
    Look look = named == null ? p.core().status().mine(who.actor())
        : p.core().status().of(who.actor(), named);
    Optional<Quick.Result> r = quick.answer(who, cmd, look.status());
    if (r.isPresent() && r.get() instanceof Quick.Modal m) {
      Views.open(turn.client(), turn.trigger(), m.view());
      return Optional.empty();
    }
    return r.map(x -> ((Quick.Message) x).reply());
  }

  private Optional<Reply> change(Who who, String named,
      Function<String, PendingAction> action, String usage, Turn turn) {
    ForwardingCommands.Target target = forwarding.target(who, named, usage);
    if (target.problem() != null) {
      return Optional.of(target.problem());
    }
    return steps.reply(who, act(who, action.apply(target.number())), turn);
  }
}
