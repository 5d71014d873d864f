package dev.tenso.core.auth;

import dev.tenso.core.auth.Submissions.Turn;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.notify.Mailer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The one door of sign-in (§3, §4) for every channel, driven step by step with the channel
 * identity (a Slack user id, a call's sid): {@link #identify} who it is from the channel's first
 * factor, ask the {@link #next} step, {@link #submit} the step's input, {@link #run} a sensitive
 * action as this identity, {@link #logout}. Registration (code, 本人確認, second factor, terms) and
 * sign-in (code, newer terms) are the same conversation. Every answer is a {@link SignInAnswer}: a
 * {@link SignInStep}, what was wrong with the input, and whom the channel speaks to.
 *
 * <p>The code verifiers and the lockout are reachable only through here: every failed code,
 * whatever the channel, counts towards the same lock. An unknown identity and a disabled user get
 * the same answer.
 */
public final class SignInUseCases {
  private final Users users;
  private final Parts p;
  private final Steps steps;
  private final Submissions submissions;
  private final Actions actions;

  /**
   * @param forwarding the use cases a pending forwarding action runs through
   * @param admin the use cases a pending administrator action runs through
   */
  public SignInUseCases(Users users, AuthStores stores, Mailer mailer, AuthSettings settings,
      Clock clock, ForwardingUseCases forwarding, UserAdminUseCases admin) {
    this.users = users;
    this.p = new Parts(users, stores, mailer, settings, clock);
    this.steps = new Steps(p);
    this.actions = new Actions(forwarding, admin);
    this.submissions = new Submissions(p, steps, actions);
  }

  /**
   * Who this identity is, by the channel's first factor, remembered in its session. Begins
   * nothing (no code is mailed): the step is {@code SignedIn} for a fresh session,
   * {@code Locked}, {@code Identified} otherwise, or {@code Refused} (IDENTITY_UNKNOWN) for
   * nobody or a disabled user. Identifying as somebody else ends the earlier session. A Slack
   * user matched by their profile's email is remembered on the user record ({@code slackId}):
   * the channel identifies them as {@link FirstFactorClaim.Linked} afterwards.
   */
  public SignInAnswer identify(ChannelIdentity who, FirstFactorClaim claim) {
    Optional<User> user = p.firstFactor.find(claim);
    if (user.isEmpty()) {
      p.sessions.delete(who);
      return unknown();
    }
    p.firstFactor.remember(who, claim, user.get());
    Instant now = p.clock.instant();
    Optional<AuthSession> same = p.sessions.find(who)
        .filter(s -> s.user().equals(user.get().id()));
    AuthSession s = same.orElseGet(() -> AuthSession.identified(who, user.get().id(), now));
    if (same.isEmpty()) {
      p.sessions.save(s);
    }
    return answer(Turn.of(steps.peek(s, user.get())), user.get());
  }

  /**
   * The step for this identity now, begun: a mail code is sent (once: asked again, the live one
   * is told), an authenticator set-up is made.
   */
  public SignInAnswer next(ChannelIdentity who) {
    return known(who, (s, u) -> Turn.of(steps.next(s, u)));
  }

  /** The input to the step; a wrong code counts towards the lock, whatever the channel. */
  public SignInAnswer submit(ChannelIdentity who, SignInInput input) {
    return known(who, (s, u) -> submissions.submit(s, u, input));
  }

  /**
   * Runs {@code action} as this identity's user: now, through its use case, when the session is
   * fresh ({@code SignedIn} with the result); else it waits in the session (replacing an earlier
   * one) and the answer is the step to sign in; it runs when the code (and any newer terms) are
   * accepted, and that answer carries its result.
   */
  public SignInAnswer run(ChannelIdentity who, PendingAction action) {
    return known(who, (s, u) -> {
      Instant now = p.clock.instant();
      boolean ready = u.status() == UserStatus.ACTIVE && p.sessions.fresh(s, now)
          && p.lockout.lockedUntil(u.id()).isEmpty() && !p.terms.needsAgreement(u.id());
      if (ready) {
        p.sessions.save(s.seenAt(now));
        ActionResult result = actions.run(new Actor(u.id(), who), action);
        return Turn.of(new SignInStep.SignedIn(Optional.of(result)));
      }
      AuthSession waiting = s.withPending(Optional.of(action));
      p.sessions.save(waiting);
      return Turn.of(steps.next(waiting, u));
    });
  }

  /** Ends the identity's session, and whatever was waiting in it. */
  public void logout(ChannelIdentity who) {
    p.sessions.delete(who);
  }

  static SignInStep unknownStep() {
    return new SignInStep.Refused(List.of(Violation.of("user", ErrorCode.IDENTITY_UNKNOWN)));
  }

  /** The identity's session and its user, unless unknown or disabled. */
  private SignInAnswer known(ChannelIdentity who, BiFunction<AuthSession, User, Turn> then) {
    Optional<AuthSession> s = p.sessions.find(who);
    Optional<User> u = s.flatMap(x -> users.byId(x.user()))
        .filter(x -> x.status() != UserStatus.DISABLED);
    if (u.isEmpty()) {
      s.ifPresent(x -> p.sessions.delete(who));
      return unknown();
    }
    Turn turn = then.apply(s.get(), u.get());
    return turn.step() instanceof SignInStep.Refused r && r.why().stream()
        .anyMatch(v -> v.code() == ErrorCode.IDENTITY_UNKNOWN) ? unknown() : answer(turn, u.get());
  }

  private static SignInAnswer unknown() {
    return new SignInAnswer(unknownStep(), List.of(), Optional.empty());
  }

  private static SignInAnswer answer(Turn turn, User u) {
    return new SignInAnswer(turn.step(), turn.problems(), Optional.of(Addressee.of(u)));
  }
}
