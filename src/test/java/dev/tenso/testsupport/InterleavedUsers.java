package dev.tenso.testsupport;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A real directory (e.g. {@code RedisUsers} on {@link TestRedis}) where "someone else" stores a
 * change of the user just before the next update(s): exactly the interleaving a race between a
 * read and its write would produce, made deterministic.
 */
public final class InterleavedUsers extends DelegatingUsers {
  private final AtomicInteger updates = new AtomicInteger();
  private final AtomicInteger remaining = new AtomicInteger();
  private volatile UnaryOperator<User> meanwhile = UnaryOperator.identity();

  public InterleavedUsers(Users real) {
    super(real);
  }

  /** Before each of the next {@code times} updates, stores {@code change} of the stored user. */
  public void meanwhile(int times, UnaryOperator<User> change) {
    meanwhile = change;
    remaining.set(times);
  }

  /** How many updates were attempted through this directory. */
  public int updates() {
    return updates.get();
  }

  @Override
  public boolean update(User expected, User next, AuditEvent event) {
    if (remaining.getAndDecrement() > 0) {
      User now = real.byId(next.id()).orElseThrow();
      if (!real.update(now, meanwhile.apply(now), null)) {
        throw new IllegalStateException("the interleaved change was not stored");
      }
    }
    updates.incrementAndGet();
    return real.update(expected, next, event);
  }
}
