package dev.tenso.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import redis.embedded.core.ExecutableProvider;

/**
 * One redis-server (or Sentinel) process for the topology tests, started from the binary the
 * embedded-redis artifact ships (the one {@link TestRedis} runs), with its settings on the
 * command line and its files in a folder of its own. {@link #kill()} is kill -9: no goodbye to
 * clients or replicas, as when a machine dies.
 */
public final class RedisNode implements AutoCloseable {
  private final int port;
  private final List<String> command;
  private final Path dir;
  private Process process;

  private RedisNode(int port, List<String> command, Path dir) {
    this.port = port;
    this.command = command;
    this.dir = dir;
  }

  /** A data node on a free port with these extra settings ({@code name value} each). */
  public static RedisNode server(String... settings) {
    return start(false, settings);
  }

  /** A Sentinel on a free port; {@code config} lines go into its (writable) config file. */
  public static RedisNode sentinel(String... config) {
    return start(true, config);
  }

  private static RedisNode start(boolean sentinel, String... settings) {
    try {
      int port = TestRedis.freePort();
      Path dir = Files.createTempDirectory("tenso-redis-" + port);
      List<String> cmd = new ArrayList<>();
      cmd.add(ExecutableProvider.newJarResourceProvider().get().getAbsolutePath());
      if (sentinel) {
        Path conf = dir.resolve("sentinel.conf");
        Files.writeString(conf, String.join("\n", settings) + "\n");
        cmd.addAll(List.of(conf.toString(), "--sentinel"));
      }
      cmd.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--dir", dir.toString(), "--daemonize", "no"));
      if (!sentinel) {
        cmd.addAll(List.of("--save", "", "--appendonly", "no"));
        for (String s : settings) {
          String[] words = s.split(" ");
          cmd.add("--" + words[0]);
          cmd.addAll(List.of(words).subList(1, words.length));
        }
      }
      RedisNode node = new RedisNode(port, cmd, dir);
      try {
        node.launch();
      } catch (RuntimeException e) {
        node.close();
        throw e;
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void launch() throws IOException {
    process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
    long until = System.nanoTime() + 20_000_000_000L;
    while (!answersPing()) {
      if (System.nanoTime() > until || !process.isAlive()) {
        throw new IllegalStateException("redis-server on port " + port + " did not start: "
            + Files.readString(dir.resolve("out.log")));
      }
      sleep(20);
    }
  }

  public int port() {
    return port;
  }

  public String address() {
    return "127.0.0.1:" + port;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** kill -9, then waits until the process is gone. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the process again with the same command line, port and folder. */
  public void restart() {
    try {
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean answersPing() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      s.setSoTimeout(500);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return s.getInputStream().read() == '+';
    } catch (IOException e) {
      return false;
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Kills the process and removes its folder. */
  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      kill();
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
