package dev.tenso.core.auth;

import dev.tenso.core.auth.Registrations.Progress;
import dev.tenso.core.auth.SignInInput.AgreeTerms;
import dev.tenso.core.auth.SignInInput.Code;
import dev.tenso.core.auth.SignInInput.Identity;
import dev.tenso.core.auth.SignInInput.RegistrationCode;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an input does at the step the user is at: a registration step moves the registration on;
 * a code or the terms sign in, with a new session id, and run the action that was waiting. An
 * input the step did not ask for changes nothing (REGISTRATION_STEP_OUT_OF_ORDER).
 */
final class Submissions {
  private final Parts p;
  private final Steps steps;
  private final Actions actions;

  Submissions(Parts p, Steps steps, Actions actions) {
    this.p = p;
    this.steps = steps;
    this.actions = actions;
  }

  /** The next step and what was wrong with the input. */
  record Turn(SignInStep step, List<Violation> problems) {
    static Turn of(SignInStep step) {
      return new Turn(step, List.of());
    }
  }

  Turn submit(AuthSession s, User u, SignInInput in) {
    Optional<Instant> lock = p.lockout.lockedUntil(u.id());
    if (lock.isPresent()) {
      return Turn.of(new SignInStep.Locked(lock.get()));
    }
    return u.status() == UserStatus.PENDING ? registering(s, u, in) : signingIn(s, u, in);
  }

  /** Signs in with a new session id (the action waiting in {@code s} is kept). */
  Turn signIn(AuthSession s, User u) {
    Instant now = p.clock.instant();
    AuthSession fresh = new AuthSession(s.identity(), p.random.token(24), u.id(), now, now,
        s.pending(), "", p.terms.needsAgreement(u.id()));
    p.sessions.save(fresh);
    return fresh.termsPending() ? Turn.of(steps.terms(u)) : finish(fresh, u);
  }

  /** Signed in: the waiting action, taken out of the session, runs through its use case. */
  Turn finish(AuthSession s, User u) {
    p.sessions.save(s.withPending(Optional.empty()));
    Optional<ActionResult> result =
        s.pending().map(a -> actions.run(new Actor(u.id(), s.identity()), a));
    return Turn.of(new SignInStep.SignedIn(result));
  }

  private Turn registering(AuthSession s, User u, SignInInput in) {
    ChannelIdentity who = s.identity();
    Optional<Progress> at = p.registration.progress(u.id(), who);
    RegistrationStep step = at.map(Progress::step).orElse(null);
    boolean fresh = step == null || step == RegistrationStep.IDENTITY;
    if (in instanceof RegistrationCode c && fresh && Steps.registrationOpenTo(who, u)) {
      return after(s, u, p.registration.checkCode(who, u, c.code()));
    }
    if (in instanceof Identity i && step == RegistrationStep.IDENTITY) {
      return after(s, u, p.registration.confirmIdentity(who, u, i,
          IdentityMatch.fields(who.channel())));
    }
    if (in instanceof Code c && step == RegistrationStep.SECOND_FACTOR) {
      return after(s, u, p.enrolment.complete(who, u, at.get(), c.code()));
    }
    if (in instanceof AgreeTerms t && step == RegistrationStep.TERMS) {
      Outcome<User> active = p.enrolment.agree(who, u, t.version());
      return active.isOk() ? signIn(s, active.orElseThrow()) : after(s, u, active);
    }
    return outOfOrder(s, u);
  }

  private Turn signingIn(AuthSession s, User u, SignInInput in) {
    Instant now = p.clock.instant();
    boolean alive = p.sessions.alive(s, now);
    if (in instanceof AgreeTerms t && alive
        && (s.termsPending() || p.terms.needsAgreement(u.id()))) {
      Outcome<?> agreed = p.terms.agree(u.id(), t.version());
      return agreed.isOk() ? finish(s.withTermsPending(false).seenAt(now), u)
          : new Turn(steps.terms(u), agreed.violations());
    }
    if (in instanceof Code c && !alive) {
      Outcome<User> checked = p.codes.check(s, u, c.code());
      return checked.isOk() ? signIn(s, u) : after(s, u, checked);
    }
    return outOfOrder(s, u);
  }

  /**
   * The step after an input was taken or refused. A user disabled meanwhile is answered like an
   * unknown one; a lock is said by the step, not twice.
   */
  private Turn after(AuthSession s, User u, Outcome<?> outcome) {
    if (outcome instanceof Outcome.Rejected<?> r && r.has(ErrorCode.USER_DISABLED)) {
      return Turn.of(SignInUseCases.unknownStep());
    }
    SignInStep step = steps.next(s, u);
    List<Violation> problems = outcome.violations().stream()
        .filter(v -> !(step instanceof SignInStep.Locked) || v.code() != ErrorCode.USER_LOCKED)
        .toList();
    return new Turn(step, problems);
  }

  private Turn outOfOrder(AuthSession s, User u) {
    return new Turn(steps.next(s, u),
        List.of(Violation.of("step", ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER)));
  }
}
