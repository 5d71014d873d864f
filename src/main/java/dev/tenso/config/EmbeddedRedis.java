package dev.tenso.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The embedded default: a real redis-server (shipped by embedded-redis) on 127.0.0.1, with its
 * data and append-only file in a local folder, so tenso runs on a fresh machine with one command.
 */
final class EmbeddedRedis {
  static final String HOST = "127.0.0.1";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

  private final RedisServer server;
  private final int port;
  private final Path dataDir;

  private EmbeddedRedis(RedisServer server, int port, Path dataDir) {
    this.server = server;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * Starts redis-server on {@code port} (0: any free port, for tests) with its data in
   * {@code dataDir} (created if missing).
   */
  static EmbeddedRedis start(Path dataDir, int requestedPort) {
    int port = requestedPort == 0 ? freePort() : requestedPort;
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new EmbeddedRedisException("Cannot create the embedded Redis data folder " + dir, e);
    }
    if (!portFree(port) && LeftoverRedis.shutDownIfOurs(HOST, port, dir)) {
      LOG.warn("A redis-server left running by an earlier tenso held {}:{} with the same data "
          + "folder; it was shut down cleanly and is started again", HOST, port);
      waitUntilFree(port);
    }
    if (!portFree(port)) {
      throw new EmbeddedRedisException("Cannot start the embedded Redis: port " + port + " on "
          + HOST + " is in use. Set tenso.redis.embedded-port to a free port, or set "
          + "spring.data.redis.url or REDIS_URL to use your own Redis.", null);
    }
    try {
      RedisServer server = RedisServer.newRedisServer()
          .bind(HOST)
          .port(port)
          .setting("dir \"" + dir + "\"")
          .setting("appendonly yes")
          .setting("appendfsync always")
          .setting("save \"\"")
          .build();
      server.start();
      LOG.info("Started the embedded Redis at {}:{} (data in {}, AOF on); set spring.data.redis.url "
          + "or REDIS_URL to use your own", HOST, port, dir);
      return new EmbeddedRedis(server, port, dir);
    } catch (IOException | RuntimeException e) {
      throw new EmbeddedRedisException("Cannot start the embedded Redis at " + HOST + ":" + port
          + " (data in " + dir + ")", e);
    }
  }

  int port() {
    return port;
  }

  Path dataDir() {
    return dataDir;
  }

  boolean isActive() {
    return server.isActive();
  }

  void stop() {
    try {
      if (server.isActive()) {
        server.stop();
        LOG.info("Stopped the embedded Redis at {}:{}", HOST, port);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new EmbeddedRedisException("Cannot find a free port for the embedded Redis", e);
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

  private static boolean portFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The embedded Redis could not be started; the message says why and what to do. */
  static final class EmbeddedRedisException extends RuntimeException {
    EmbeddedRedisException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
