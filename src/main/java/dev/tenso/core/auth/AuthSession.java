package dev.tenso.core.auth;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The session of one channel identity: whom it was identified as, whether (and when) their
 * second factor was verified, when it was last used, the action waiting for the sign-in, and the
 * mail code a sign-in waits for.
 *
 * @param id the session id (at least 128 bits), renewed at every sign-in; empty before one
 * @param verifiedAt when the second factor was verified; null before
 * @param pending the action to run once signed in
 * @param challengeId the mail code a sign-in waits for; empty if none
 * @param termsPending the code was accepted but newer terms must be agreed first: not fresh yet
 */
public record AuthSession(
    ChannelIdentity identity,
    String id,
    UserId user,
    Instant verifiedAt,
    Instant lastSeenAt,
    Optional<PendingAction> pending,
    String challengeId,
    boolean termsPending) {

  public AuthSession {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    id = id == null ? "" : id;
    pending = pending == null ? Optional.empty() : pending;
    challengeId = challengeId == null ? "" : challengeId;
  }

  /** An identity just identified as {@code user}: nothing verified, nothing waiting. */
  static AuthSession identified(ChannelIdentity identity, UserId user, Instant now) {
    return new AuthSession(identity, "", user, null, now, Optional.empty(), "", false);
  }

  /** The second factor was verified (the terms may still wait). */
  public boolean verified() {
    return verifiedAt != null && !id.isEmpty();
  }

  AuthSession seenAt(Instant t) {
    return new AuthSession(identity, id, user, verifiedAt, t, pending, challengeId, termsPending);
  }

  AuthSession withPending(Optional<PendingAction> p) {
    return new AuthSession(identity, id, user, verifiedAt, lastSeenAt, p, challengeId,
        termsPending);
  }

  AuthSession withChallenge(String challenge) {
    return new AuthSession(identity, id, user, verifiedAt, lastSeenAt, pending, challenge,
        termsPending);
  }

  AuthSession withTermsPending(boolean waiting) {
    return new AuthSession(identity, id, user, verifiedAt, lastSeenAt, pending, challengeId,
        waiting);
  }

  /** Never prints the session id, the challenge or the pending action. */
  @Override
  public String toString() {
    return "AuthSession[" + identity.key() + ", user=" + user + ", verifiedAt=" + verifiedAt
        + ", termsPending=" + termsPending + "]";
  }
}
