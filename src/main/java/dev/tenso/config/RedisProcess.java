package dev.tenso.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One redis-server process: its settings are command-line arguments (no configuration file is
 * written anywhere), its output is relayed to the log (Redis's warnings as warnings once it is
 * up, the rest at trace; the last lines go into the error when it does not start), and it counts
 * as started once it says it accepts connections, which is after its append-only file has been
 * replayed.
 */
final class RedisProcess {
  static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
  private static final Logger LOG = LoggerFactory.getLogger(RedisProcess.class);
  private static final Pattern LINE = Pattern.compile("\\d+:\\w \\d+ \\w+ \\d+ [\\d:.]+ ([*#.-]) (.*)");
  private static final int KEPT_LINES = 10;

  private final Process process;
  private final Deque<String> lastLines;
  private volatile boolean ready;
  private volatile boolean stopping;

  private RedisProcess(Process process) {
    this.process = process;
    this.lastLines = new ArrayDeque<>();
  }

  /** Starts redis-server and waits until it accepts connections; throws with its last words. */
  static RedisProcess start(Path binary, String host, int port, Path dataDir) throws IOException {
    Process p = new ProcessBuilder(List.of(binary.toString(), "--bind", host,
        "--port", Integer.toString(port), "--dir", dataDir.toString(), "--appendonly", "yes",
        "--appendfsync", "always", "--save", "", "--daemonize", "no"))
        .directory(dataDir.toFile()).redirectErrorStream(true).start();
    RedisProcess redis = new RedisProcess(p);
    CompletableFuture<Void> accepting = new CompletableFuture<>();
    Thread relay = new Thread(() -> redis.relay(accepting), "redis-server-" + port);
    relay.setDaemon(true);
    relay.start();
    try {
      accepting.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      redis.ready = true;
      return redis;
    } catch (ExecutionException | TimeoutException e) {
      redis.stop();
      throw new IOException("redis-server did not start: " + redis.lastWords());
    } catch (InterruptedException e) {
      redis.stop();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while redis-server was starting");
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Completes when the process has ended, for whatever reason; gives its exit code. */
  CompletableFuture<Integer> onExit() {
    return process.onExit().thenApply(Process::exitValue);
  }

  /** SIGTERM (redis-server writes and syncs its append-only file and exits), then SIGKILL. */
  void stop() {
    stopping = true;
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void relay(CompletableFuture<Void> accepting) {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        log(line);
        if (line.contains("Ready to accept connections")) {
          accepting.complete(null);
        }
      }
    } catch (IOException e) {
      // the process is gone; its exit is handled by whoever watches it
    }
    accepting.completeExceptionally(new IOException("redis-server exited"));
  }

  private void log(String line) {
    synchronized (lastLines) {
      if (lastLines.size() == KEPT_LINES) {
        lastLines.removeFirst();
      }
      lastLines.addLast(line);
    }
    Matcher m = LINE.matcher(line);
    if (m.matches() && m.group(1).equals("#") && ready && !stopping) {
      LOG.warn("redis-server: {}", m.group(2));
    } else {
      LOG.trace("redis-server: {}", m.matches() ? m.group(2) : line);
    }
  }

  private String lastWords() {
    synchronized (lastLines) {
      return lastLines.isEmpty() ? "(it said nothing)" : String.join(" | ", lastLines);
    }
  }
}
