package dev.tenso.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary shipped by embedded-redis) for tests: {@link #shared()} is one
 * server per test JVM, started on first use on a free port, without persistence; {@link #start()}
 * gives a private one a test may stop and restart (outage tests). Every test cleans what it wrote,
 * or uses keys of its own; {@link #flush()} empties the shared server.
 */
public final class TestRedis implements AutoCloseable {
  private static TestRedis shared;

  private final int port;
  private final RedisServer server;
  private LettuceConnectionFactory factory;

  private TestRedis(int port) throws IOException {
    this.port = port;
    this.server = RedisServer.newRedisServer()
        .bind("127.0.0.1")
        .port(port)
        .setting("save \"\"")
        .setting("appendonly no")
        .build();
    server.start();
  }

  /** The server shared by the whole test JVM. */
  public static synchronized TestRedis shared() {
    if (shared == null) {
      shared = start();
      TestRedis s = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(s::close));
    }
    return shared;
  }

  /** A private server on a free port; close it when done. */
  public static TestRedis start() {
    try {
      return new TestRedis(freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** A Lettuce connection factory to this server with the given command timeout. */
  public synchronized LettuceConnectionFactory connectionFactory() {
    if (factory == null) {
      factory = newConnectionFactory(Duration.ofSeconds(2));
    }
    return factory;
  }

  public LettuceConnectionFactory newConnectionFactory(Duration timeout) {
    var config = new RedisStandaloneConfiguration("127.0.0.1", port);
    var client = LettuceClientConfiguration.builder().commandTimeout(timeout).build();
    var f = new LettuceConnectionFactory(config, client);
    f.afterPropertiesSet();
    f.start();
    return f;
  }

  public StringRedisTemplate template() {
    var t = new StringRedisTemplate(connectionFactory());
    t.afterPropertiesSet();
    return t;
  }

  /**
   * How many commands this server processed while {@code action} ran, as it counts them
   * ({@code INFO stats}, commands run by scripts included), less the counting's own: for tests
   * during which nothing else uses the server.
   */
  public long commandsOf(Runnable action) {
    long idle = processed();
    long baseline = processed() - idle;
    long before = processed();
    action.run();
    return processed() - before - baseline;
  }

  private long processed() {
    java.util.Properties info = template().execute(
        (org.springframework.data.redis.core.RedisCallback<java.util.Properties>)
            c -> c.serverCommands().info("stats"));
    return Long.parseLong(info.getProperty("total_commands_processed"));
  }

  public void flush() {
    template().execute(c -> {
      c.serverCommands().flushAll();
      return null;
    }, true);
  }

  public void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void restart() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (factory != null) {
      factory.destroy();
    }
    if (server.isActive()) {
      stop();
    }
  }

  public static int freePort() {
    try (var s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
