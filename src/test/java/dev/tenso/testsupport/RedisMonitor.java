package dev.tenso.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Redis {@code MONITOR} on its own connection: every command the server runs, as the server saw
 * it, to count the round trips of one request. Commands a Lua script runs are marked
 * {@code [.. lua]} by Redis and left out of {@link #clientCommands}.
 */
public final class RedisMonitor implements AutoCloseable {
  private final int port;
  private final Socket socket;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  public RedisMonitor(int port) {
    this.port = port;
    try {
      socket = new Socket("127.0.0.1", port);
      socket.getOutputStream().write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread reader = new Thread(this::read, "redis-monitor");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // closed
    }
  }

  /**
   * The commands clients sent while {@code action} ran, as {@code "COMMAND" "key" ...}: between
   * two markers this monitor sends itself ({@code ECHO <name>-from}, {@code ECHO <name>-to}).
   */
  public List<String> commandsOf(String name, Runnable action) {
    echo(name + "-from");
    action.run();
    echo(name + "-to");
    return clientCommands(name + "-from", name + "-to").stream()
        .map(l -> l.substring(l.indexOf("] ") + 2)).toList();
  }

  /** Sends {@code ECHO marker} on a connection of its own and waits for the answer. */
  private void echo(String marker) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream().write(("ECHO " + marker + "\r\n").getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      s.getInputStream().read(new byte[64]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The commands clients sent between the two markers ({@code ECHO <marker>} sent by the test
   * itself before and after), without those a script ran inside the server.
   */
  public List<String> clientCommands(String from, String to) {
    return between(from, to).stream().filter(l -> !l.contains(" lua]")).toList();
  }

  /**
   * Every command between the markers, those a script ran inside the server included: what was
   * read or written, by whom.
   */
  public List<String> allCommands(String from, String to) {
    return between(from, to);
  }

  private List<String> between(String from, String to) {
    long end = System.nanoTime() + 2_000_000_000L;
    while (lines.stream().noneMatch(l -> l.contains("\"" + to + "\"")) && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String l : lines) {
      if (l.contains("\"" + from + "\"")) {
        in = true;
      } else if (l.contains("\"" + to + "\"")) {
        break;
      } else if (in && !l.equals("+OK")) {
        out.add(l);
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
