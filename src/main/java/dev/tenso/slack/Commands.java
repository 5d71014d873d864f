package dev.tenso.slack;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingStatus.Look;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.Optional;

/**
 * The commands answered after the acknowledgement: changes, search, history, sign-in, the
 * administrators' commands, registration. Each gives the reply to send (empty when it answered
 * otherwise, e.g. by opening a modal).
 */
final class Commands {
  private final Parts p;
  private final Quick quick;
  private final ForwardingCommands forwarding;
  private final SignInFlow signIn;
  private final Pending pending;
  private final NumbersBlocks numbers;
  private final HistoryBlocks history;
  private final AdminCommands admin;
  private final Registration registration;

  Commands(Parts p) {
    this.p = p;
    this.quick = new Quick(p);
    this.forwarding = new ForwardingCommands(p);
    this.signIn = new SignInFlow(p);
    this.pending = new Pending(p, this, forwarding);
    this.numbers = new NumbersBlocks(p);
    this.history = new HistoryBlocks(p, forwarding);
    this.admin = new AdminCommands(p, signIn);
    this.registration = new Registration(p);
  }

  SignInFlow signIn() {
    return signIn;
  }

  Pending pending() {
    return pending;
  }

  ForwardingCommands forwarding() {
    return forwarding;
  }

  NumbersBlocks numbers() {
    return numbers;
  }

  AdminCommands admin() {
    return admin;
  }

  Registration registration() {
    return registration;
  }

  Optional<Reply> run(Who who, SlackCommand cmd, CommandHandler.Turn turn) {
    if (cmd instanceof SlackCommand.TurnOn on) {
      return Optional.of(change(who, on.number(), ForwardingCommands.change(on), "on", turn));
    }
    if (cmd instanceof SlackCommand.TurnOff off) {
      return Optional.of(change(who, off.number(), ForwardingChange.turnOff(), "off", turn));
    }
    if (cmd instanceof SlackCommand.Numbers n) {
      return Optional.of(numbers.search(who, n));
    }
    if (cmd instanceof SlackCommand.History h) {
      return Optional.of(history.render(who, h.number()));
    }
    if (cmd instanceof SlackCommand.Login) {
      return Optional.of(signIn.ask(who, "", turn));
    }
    if (cmd instanceof SlackCommand.Code c) {
      Outcome<Reply> r = signIn.submit(who, c.code(), turn, pending);
      return Optional.of(r.isOk() ? r.orElseThrow() : Quick.refusal(p, who, r.violations()));
    }
    if (cmd instanceof SlackCommand.Logout) {
      return Optional.of(signIn.logout(who));
    }
    if (cmd instanceof SlackCommand.Register) {
      return Optional.of(Quick.refusal(p, who, Outcome.rejected("step",
          ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER).violations()));
    }
    if (cmd.adminOnly()) {
      return admin.run(who, cmd, turn);
    }
    return again(who, cmd, turn);
  }

  /** A PENDING user: registration goes on, whatever they typed. */
  Optional<Reply> pending(Who who, SlackCommand cmd, CommandHandler.Turn turn) {
    return registration.run(who, cmd, turn);
  }

  /** What the acknowledgement would have answered (after a code, or on a first use). */
  private Optional<Reply> again(Who who, SlackCommand cmd, CommandHandler.Turn turn) {
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

  private Reply change(Who who, String named, ForwardingChange change, String usage,
      CommandHandler.Turn turn) {
    ForwardingCommands.Target target = forwarding.target(who, named, usage);
    if (target.problem() != null) {
      return target.problem();
    }
    Outcome<ForwardingView> done = forwarding.apply(who, target.number(), change);
    if (ForwardingCommands.needsSignIn(done)) {
      return signIn.ask(who, Pending.command(turn.text()), turn);
    }
    return done.isOk() ? forwarding.done(who, done.orElseThrow())
        : Quick.refusal(p, who, done.violations());
  }
}
