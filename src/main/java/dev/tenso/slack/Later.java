package dev.tenso.slack;

import dev.tenso.core.common.StoreUnavailableException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow part of an answer after the acknowledgement, on an executor (virtual threads
 * where the JVM has them). A failure is logged by its kind only (never a payload: it may hold a
 * code) and the user is told, never left in silence.
 */
final class Later {
  private static final Logger LOG = LoggerFactory.getLogger(Later.class);

  private final Executor executor;

  Later(Executor executor) {
    this.executor = executor;
  }

  /** Runs {@code work}; when it fails, {@code onFailure} tells the user (unavailable or not). */
  void run(Runnable work, FailureNotice onFailure) {
    Runnable guarded = () -> {
      try {
        work.run();
      } catch (StoreUnavailableException e) {
        LOG.warn("Slack answer not given: Redis is not reachable");
        tell(onFailure, true);
      } catch (RuntimeException e) {
        LOG.error("Slack answer failed: {}", describe(e));
        tell(onFailure, false);
      }
    };
    try {
      executor.execute(guarded);
    } catch (RejectedExecutionException e) {
      guarded.run();
    }
  }

  /** The failure's kinds and where they happened, without messages (they may hold input). */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = e; c != null && b.length() < 1000; c = c.getCause()) {
      StackTraceElement[] at = c.getStackTrace();
      b.append(c.getClass().getName());
      if (at.length > 0) {
        b.append(" at ").append(at[0]);
      }
      b.append(c.getCause() == null ? "" : " <- ");
    }
    return b.toString();
  }

  private static void tell(FailureNotice notice, boolean unavailable) {
    try {
      notice.failed(unavailable);
    } catch (RuntimeException e) {
      LOG.warn("Slack failure notice not given: {}", e.getClass().getName());
    }
  }

  /** Tells the user that the answer failed. */
  interface FailureNotice {
    void failed(boolean unavailable);
  }
}
