package dev.tenso.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.ExecutableProvider;

/**
 * The embedded default: a real redis-server (shipped by embedded-redis) on 127.0.0.1, with its
 * append-only file in {@code <data-dir>/redis} and its binary in {@code <data-dir>/bin} (nothing
 * in the temporary folder), so tenso runs on a fresh machine with one command. The data folder
 * is locked ({@link DataFolderLock}): a second tenso on it stops at once and touches nothing; a
 * redis-server left on it by a tenso that is gone is shut down cleanly and taken over. When the
 * server dies, {@link RedisSupervisor} starts it again on the same port and folder.
 */
final class EmbeddedRedis {
  static final String HOST = "127.0.0.1";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

  private final DataFolderLock lock;
  private final RedisSupervisor supervisor;

  private EmbeddedRedis(DataFolderLock lock, RedisSupervisor supervisor) {
    this.lock = lock;
    this.supervisor = supervisor;
  }

  /**
   * Starts redis-server on {@code port} (0: any free port, for tests) with its data under
   * {@code dataDir} (created if missing).
   */
  static EmbeddedRedis start(Path dataDir, int requestedPort) {
    Path root = dataDir.toAbsolutePath().normalize();
    Path dir = root.resolve("redis");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new EmbeddedRedisException("Cannot create the embedded Redis data folder " + dir,
          EmbeddedRedisException.FIX_THE_FOLDER, e);
    }
    DataFolderLock lock = DataFolderLock.acquire(root);
    try {
      int port = requestedPort == 0 ? freePort() : requestedPort;
      if (!portFree(port) && LeftoverRedis.shutDownIfOurs(HOST, port, dir)) {
        LOG.warn("A redis-server left running by an earlier tenso held {}:{} with the same data "
            + "folder; it was shut down cleanly and is started again", HOST, port);
        waitUntilFree(port);
      }
      if (!portFree(port)) {
        throw new EmbeddedRedisException("Cannot start the embedded Redis: port " + port + " on "
            + HOST + " is in use. Set tenso.redis.embedded-port to a free port, or set "
            + "spring.data.redis.url or REDIS_URL to use your own Redis.",
            EmbeddedRedisException.FREE_THE_PORT, null);
      }
      RedisSupervisor supervisor = RedisSupervisor.start(binary(root.resolve("bin")), HOST, port, dir);
      LOG.info("Started the embedded Redis at {}:{} (data in {}, AOF on); set spring.data.redis.url "
          + "or REDIS_URL to use your own", HOST, port, dir);
      return new EmbeddedRedis(lock, supervisor);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  int port() {
    return supervisor.port();
  }

  Path dataDir() {
    return supervisor.dataDir();
  }

  /** The running redis-server's process id (it changes when the server is started again). */
  long pid() {
    return supervisor.pid();
  }

  boolean isActive() {
    return supervisor.isAlive();
  }

  /** Stops the server (its append-only file synced) and releases the data folder. */
  void stop() {
    try {
      if (supervisor.stop()) {
        LOG.info("Stopped the embedded Redis at {}:{}", HOST, port());
      }
    } finally {
      lock.close();
    }
  }

  private static Path binary(Path binDir) {
    try {
      Files.createDirectories(binDir);
      return ExecutableProvider.newJarResourceProvider(binDir.toFile()).get().toPath();
    } catch (IOException e) {
      throw new EmbeddedRedisException("Cannot write the redis-server binary to " + binDir,
          EmbeddedRedisException.FIX_THE_FOLDER, e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new EmbeddedRedisException("Cannot find a free port for the embedded Redis",
          EmbeddedRedisException.FREE_THE_PORT, e);
    }
  }

  private static void waitUntilFree(int port) {
    for (int i = 0; i < 50 && !portFree(port); i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static boolean portFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The embedded Redis could not be started; the message says why, the action what to do. */
  static final class EmbeddedRedisException extends RuntimeException {
    static final String FREE_THE_PORT = "Free the port or set tenso.redis.embedded-port; or set "
        + "spring.data.redis.url or REDIS_URL to use your own Redis.";
    static final String FIX_THE_FOLDER = "Make tenso.data-dir a folder tenso may write, or set "
        + "spring.data.redis.url or REDIS_URL to use your own Redis.";
    private final String action;

    EmbeddedRedisException(String message, String action, Throwable cause) {
      super(message, cause);
      this.action = action;
    }

    String action() {
      return action;
    }
  }
}
