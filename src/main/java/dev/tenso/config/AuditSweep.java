package dev.tenso.config;

import dev.tenso.redis.AuditFeed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Feeds the audit views with what a stopped instance left unfed: at start-up and every
 * {@link #EVERY}, on the one instance that claims the round in Redis. A round that fails (Redis
 * away) is logged in one line and tried again at the next.
 */
final class AuditSweep implements SmartLifecycle {
  static final Duration EVERY = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(AuditSweep.class);
  private final AuditFeed feed;
  private ScheduledExecutorService scheduler;

  AuditSweep(AuditFeed feed) {
    this.feed = feed;
  }

  @Override
  public synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tenso-audit-sweep");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(this::round, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  private void round() {
    try {
      int fed = feed.sweepOnce(EVERY);
      if (fed > 0) {
        LOG.info("Fed {} audit streams left unfed to the audit views", fed);
      }
    } catch (RuntimeException e) {
      LOG.warn("Feeding the audit views failed ({}); trying again in {}", e.getMessage(), EVERY);
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
