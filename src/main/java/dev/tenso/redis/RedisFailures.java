package dev.tenso.redis;

import dev.tenso.core.common.StoreUnavailableException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;

/**
 * Turns a Redis outage (refused connection, timeout, command rejected while disconnected) into
 * {@link StoreUnavailableException} with a plain message. Other failures (a bug, a wrong type)
 * pass through unchanged.
 */
public final class RedisFailures {
  private static final String MESSAGE = "Redis is not reachable or did not answer in time";

  private RedisFailures() {}

  static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (DataAccessException | RedisException e) {
      if (isOutage(e)) {
        throw new StoreUnavailableException(MESSAGE, e);
      }
      throw e;
    }
  }

  static void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  /** True when the failure means Redis cannot be reached now, rather than a wrong command. */
  public static boolean isOutage(Throwable e) {
    if (e instanceof RedisConnectionFailureException
        || e instanceof QueryTimeoutException
        || e instanceof DataAccessResourceFailureException) {
      return true;
    }
    if (e instanceof RedisSystemException || e instanceof RedisException) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof RedisCommandExecutionException x) {
          String m = String.valueOf(x.getMessage());
          return m.startsWith("LOADING") || m.startsWith("MASTERDOWN") || m.startsWith("BUSY");
        }
        if (c instanceof IOException || c instanceof io.lettuce.core.RedisConnectionException
            || c instanceof io.lettuce.core.RedisCommandTimeoutException) {
          return true;
        }
        if (c instanceof RedisException && c.getCause() == null) {
          return true; // "Currently not connected", "Connection closed", "Connection is closed"
        }
      }
    }
    return false;
  }
}
