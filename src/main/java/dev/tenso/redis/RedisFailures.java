package dev.tenso.redis;

import dev.tenso.core.common.StoreUnavailableException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;

/**
 * The one translator of Redis errors, for every adapter ({@code dev.tenso.redis} and
 * {@code dev.tenso.redis.auth}): a failure that means "Redis cannot answer now" becomes
 * {@link StoreUnavailableException} with a plain message, which every channel answers as
 * "temporarily unavailable"; any other failure (a wrong type, a script error: a bug) passes
 * through unchanged.
 *
 * <p>"Cannot answer now": the connection refused, lost or not yet back (Lettuce rejects commands
 * while disconnected), a command timeout, and the error replies a server gives while it cannot
 * serve: {@code READONLY} (a primary demoted to replica during a failover), {@code LOADING}
 * (reading its data at start), {@code MASTERDOWN} (a replica whose primary is gone),
 * {@code CLUSTERDOWN} and {@code TRYAGAIN} (a cluster without a primary for a slot, a slot
 * being moved), {@code BUSY} (another client's script still running). A write refused so wrote
 * nothing: a script is refused whole.
 */
public final class RedisFailures {
  private static final String MESSAGE = "Redis is not reachable or did not answer in time";
  private static final List<String> NOT_NOW =
      List.of("READONLY", "LOADING", "MASTERDOWN", "CLUSTERDOWN", "TRYAGAIN", "BUSY");

  private RedisFailures() {}

  /** Runs a Redis call, turning "cannot answer now" into {@link StoreUnavailableException}. */
  public static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (DataAccessException | RedisException e) {
      if (isOutage(e)) {
        throw new StoreUnavailableException(MESSAGE, e);
      }
      throw e;
    }
  }

  /** {@link #call} for a call without a result. */
  public static void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  /** True when the failure means Redis cannot answer now, rather than a wrong command. */
  public static boolean isOutage(Throwable e) {
    if (e instanceof RedisConnectionFailureException || e instanceof QueryTimeoutException
        || e instanceof DataAccessResourceFailureException) {
      return true;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof RedisCommandExecutionException x) {
        return notNow(x.getMessage());
      }
      if (c instanceof IOException || c instanceof RedisConnectionException
          || c instanceof RedisCommandTimeoutException) {
        return true;
      }
      if (c instanceof RedisException && c.getCause() == null) {
        return true; // "Currently not connected", "Connection closed", "Connection is closed"
      }
    }
    return false;
  }

  /** True for an error reply a server gives while it cannot serve (see the class comment). */
  static boolean notNow(String reply) {
    String m = String.valueOf(reply);
    // A script's error carries the command's reply after "ERR Error running script ...".
    for (String code : NOT_NOW) {
      if (m.startsWith(code) || m.contains("-" + code + " ") || m.contains(": " + code + " ")) {
        return true;
      }
    }
    return false;
  }
}
