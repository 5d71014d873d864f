package dev.tenso.core.auth;

import dev.tenso.core.common.ChannelIdentity;
import java.time.Duration;
import java.util.Optional;

/** Port: one session per channel identity; the store forgets it after {@code keep}. */
public interface AuthSessions {
  Optional<AuthSession> find(ChannelIdentity identity);

  void save(AuthSession session, Duration keep);

  void delete(ChannelIdentity identity);
}
