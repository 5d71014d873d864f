package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Actor;
import java.time.Instant;

/**
 * The audit event of a change of one user, handed to {@link Users#create} / {@link Users#update}
 * so that it is stored by the same atomic write as the change.
 */
public final class UserAudit {
  private UserAudit() {}

  /**
   * {@code actor} did {@code action} to the user, through the actor's channel; {@code before} is
   * null for a new user.
   */
  public static AuditEvent event(Instant at, Actor actor, String action, User before, User after) {
    return new AuditEvent(at, actor.auditName(), actor.channel().id(), action, "",
        after.id().value(), before == null ? "" : text(before), text(after));
  }

  /** The audited state of a user: {@code status=ACTIVE role=GENERAL}. */
  static String text(User u) {
    return "status=" + u.status() + " role=" + u.role();
  }
}
