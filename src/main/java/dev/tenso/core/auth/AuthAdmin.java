package dev.tenso.core.auth;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Administrator actions on sign-in: reset a user's second factor (back to enrolment at the next
 * sign-in) and resend the registration. Portal administrators only, with a fresh session; both
 * audited.
 */
public final class AuthAdmin {
  private final Users users;
  private final FreshSession fresh;
  private final TotpService totp;
  private final Lockout lockout;
  private final RegistrationService registration;
  private final AuditLog audit;
  private final Clock clock;

  public AuthAdmin(Users users, FreshSession fresh, TotpService totp, Lockout lockout,
      RegistrationService registration, AuditLog audit, Clock clock) {
    this.users = users;
    this.fresh = fresh;
    this.totp = totp;
    this.lockout = lockout;
    this.registration = registration;
    this.audit = audit;
    this.clock = clock;
  }

  public Outcome<UserId> resetSecondFactor(Actor actor, UserId target) {
    Outcome<User> allowed = allowed(actor, target);
    if (!allowed.isOk()) {
      return new Outcome.Rejected<>(allowed.violations());
    }
    totp.reset(target);
    lockout.clear(target);
    record(actor, "user.second-factor.reset", target);
    return Outcome.ok(target);
  }

  /** A new registration code is mailed (the old one dies); answers its expiry. */
  public Outcome<Instant> resendRegistration(Actor actor, UserId target) {
    Outcome<User> allowed = allowed(actor, target);
    if (!allowed.isOk()) {
      return new Outcome.Rejected<>(allowed.violations());
    }
    Outcome<Instant> sent = registration.startRegistration(allowed.orElseThrow());
    if (sent.isOk()) {
      record(actor, "user.registration.resend", target);
    }
    return sent;
  }

  private Outcome<User> allowed(Actor actor, UserId target) {
    if (!actor.isSystem()) {
      Optional<User> me = users.byId(actor.user());
      if (me.isEmpty() || !me.get().isAdmin()) {
        return Outcome.rejected("actor", ErrorCode.ADMIN_ONLY);
      }
    }
    if (!fresh.isFresh(actor)) {
      return Outcome.rejected("session", ErrorCode.SESSION_REQUIRED);
    }
    return users.byId(target).<Outcome<User>>map(Outcome::ok)
        .orElseGet(() -> Outcome.rejected("user", ErrorCode.USER_NOT_FOUND));
  }

  private void record(Actor actor, String action, UserId target) {
    audit.append(new AuditEvent(clock.instant(), actor.auditName(), actor.channel().id(), action,
        "", target.value(), "", ""));
  }
}
