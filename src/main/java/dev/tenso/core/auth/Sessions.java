package dev.tenso.core.auth;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.FreshSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Fresh sessions (§4): verified, terms agreed, used within the idle timeout and younger than the
 * absolute lifetime, all checked against the clock (the store's TTL only cleans up). Asking about
 * a fresh session moves its idle deadline. The application's {@link FreshSession}.
 */
public final class Sessions implements FreshSession {
  private final AuthSessions store;
  private final AuthSettings settings;
  private final Clock clock;

  public Sessions(AuthSessions store, AuthSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public boolean isFresh(Actor actor) {
    if (actor.isSystem()) {
      return true;
    }
    return current(actor.identity()).filter(s -> s.user().equals(actor.user())).isPresent();
  }

  /** The identity's fresh session, touched (its idle deadline moved); empty when none. */
  Optional<AuthSession> current(ChannelIdentity identity) {
    Instant now = clock.instant();
    Optional<AuthSession> found = store.find(identity).filter(s -> fresh(s, now));
    found.ifPresent(s -> save(s.seenAt(now)));
    return found.map(s -> s.seenAt(now));
  }

  Optional<AuthSession> find(ChannelIdentity identity) {
    return store.find(identity);
  }

  void delete(ChannelIdentity identity) {
    store.delete(identity);
  }

  /** Verified, terms agreed, neither idle too long nor too old. */
  boolean fresh(AuthSession s, Instant now) {
    return alive(s, now) && !s.termsPending();
  }

  /** Verified (terms perhaps still to agree), neither idle too long nor too old. */
  boolean alive(AuthSession s, Instant now) {
    return s.verified()
        && now.isBefore(s.lastSeenAt().plus(settings.idleTimeout()))
        && now.isBefore(s.verifiedAt().plus(settings.absoluteLifetime()));
  }

  /** Saves with a TTL that covers the session's remaining life (or a sign-in under way). */
  void save(AuthSession s) {
    Instant now = clock.instant();
    Duration keep = settings.idleTimeout();
    if (s.verified()) {
      Duration left = Duration.between(now, s.verifiedAt().plus(settings.absoluteLifetime()));
      keep = left.compareTo(keep) < 0 ? left : keep;
    }
    if (!s.challengeId().isEmpty() || s.pending().isPresent()) {
      keep = keep.compareTo(settings.mailCodeValidity()) < 0 ? settings.mailCodeValidity() : keep;
    }
    store.save(s, keep.isNegative() || keep.isZero() ? Duration.ofSeconds(1) : keep);
  }
}
