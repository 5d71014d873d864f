package dev.tenso.core.auth;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The session of one channel identity: whose it is, whether (and when) the second factor was
 * verified, when it was last used, and a sign-in under way (the pending action to hand back and
 * the mail challenge it waits for).
 *
 * @param id the session id (at least 128 bits), renewed at every sign-in; empty before one
 * @param verifiedAt when the second factor was verified; null before
 * @param pendingAction opaque text the channel stored before asking for a code; empty if none
 * @param challengeId the mail challenge a sign-in waits for; empty if none
 */
public record AuthSession(
    ChannelIdentity identity,
    String id,
    UserId user,
    Instant verifiedAt,
    Instant lastSeenAt,
    String pendingAction,
    String challengeId) {

  public AuthSession {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    id = id == null ? "" : id;
    pendingAction = pendingAction == null ? "" : pendingAction;
    challengeId = challengeId == null ? "" : challengeId;
  }

  public boolean verified() {
    return verifiedAt != null && !id.isEmpty();
  }

  public AuthSession seenAt(Instant t) {
    return new AuthSession(identity, id, user, verifiedAt, t, pendingAction, challengeId);
  }

  @Override
  public String toString() {
    return "AuthSession[" + identity.key() + ", user=" + user + ", verifiedAt=" + verifiedAt + "]";
  }
}
