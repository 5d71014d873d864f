package dev.tenso.config;

import dev.tenso.config.EmbeddedRedis.EmbeddedRedisException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded redis-server running: when it ends without being asked to (killed, crashed),
 * it is started again on the same port and data folder, where it replays its append-only file;
 * Lettuce reconnects by itself and health is UP again. A start that fails is tried again after
 * 1, 2, 4 ... up to 30 seconds, one log line each time. A JVM shutdown hook stops the server with
 * the JVM, should nobody else.
 */
final class RedisSupervisor {
  private static final Logger LOG = LoggerFactory.getLogger(RedisSupervisor.class);
  private static final long MAX_DELAY_SECONDS = 30;

  private final Path binary;
  private final String host;
  private final int port;
  private final Path dataDir;
  private final ScheduledExecutorService restarts;
  private final Thread shutdownHook;
  private volatile RedisProcess process;
  private volatile boolean stopped;

  private RedisSupervisor(Path binary, String host, int port, Path dataDir) {
    this.binary = binary;
    this.host = host;
    this.port = port;
    this.dataDir = dataDir;
    this.restarts = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "embedded-redis-restart");
      t.setDaemon(true);
      return t;
    });
    this.shutdownHook = new Thread(this::stop, "embedded-redis-stop");
  }

  /** Starts the server and watches it; throws when the first start fails. */
  static RedisSupervisor start(Path binary, String host, int port, Path dataDir) {
    RedisSupervisor s = new RedisSupervisor(binary, host, port, dataDir);
    try {
      s.launch();
    } catch (IOException e) {
      s.restarts.shutdownNow();
      throw new EmbeddedRedisException("Cannot start the embedded Redis at " + host + ":" + port
          + " (data in " + dataDir + "): " + e.getMessage(), EmbeddedRedisException.FREE_THE_PORT, e);
    }
    Runtime.getRuntime().addShutdownHook(s.shutdownHook);
    return s;
  }

  int port() {
    return port;
  }

  Path dataDir() {
    return dataDir;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return !stopped && process.isAlive();
  }

  /** Stops the server for good; false when it was stopped already. */
  synchronized boolean stop() {
    if (stopped) {
      return false;
    }
    stopped = true;
    restarts.shutdownNow();
    process.stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is what is running
    }
    return true;
  }

  private synchronized void launch() throws IOException {
    RedisProcess started = RedisProcess.start(binary, host, port, dataDir);
    process = started;
    started.onExit().thenAcceptAsync(code -> ended(started, code), restarts);
  }

  private synchronized void ended(RedisProcess ended, int exitCode) {
    if (stopped || ended != process) {
      return;
    }
    LOG.warn("The embedded Redis at {}:{} ended unexpectedly (exit status {}); starting it again on "
        + "the same port and data folder, where it replays its append-only file", host, port, exitCode);
    schedule(0, 1);
  }

  private void schedule(long delaySeconds, int attempt) {
    try {
      restarts.schedule(() -> restart(attempt), delaySeconds, TimeUnit.SECONDS);
    } catch (RejectedExecutionException stopping) {
      // stop() was called meanwhile
    }
  }

  private synchronized void restart(int attempt) {
    if (stopped) {
      return;
    }
    try {
      if (!EmbeddedRedis.portFree(port)) {
        throw new IOException("port " + port + " is in use");
      }
      launch();
      LOG.info("The embedded Redis at {}:{} runs again (process {}), its data replayed from {}",
          host, port, process.pid(), dataDir);
    } catch (IOException e) {
      long next = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(attempt - 1, 5));
      LOG.warn("The embedded Redis at {}:{} could not be started again ({}); next try in {} s",
          host, port, e.getMessage(), next);
      schedule(next, attempt + 1);
    }
  }
}
