package dev.tenso.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change: who, through which channel, when, what, on which number or user, and the
 * state before and after (a short canonical text, see {@code AuditFormat}). Never holds a code,
 * secret or token.
 *
 * @param actor the acting user's id, or {@code import} / {@code system}
 * @param channel {@link dev.tenso.core.common.Channel#id()}
 * @param action for example {@code forwarding.change}, {@code user.add}, {@code user.role}
 * @param number the IP number's digits, or empty
 * @param subject the user the action was about, or empty
 */
public record AuditEvent(
    Instant at,
    String actor,
    String channel,
    String action,
    String number,
    String subject,
    String before,
    String after) {
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(action, "action");
    number = number == null ? "" : number;
    subject = subject == null ? "" : subject;
    before = before == null ? "" : before;
    after = after == null ? "" : after;
  }
}
