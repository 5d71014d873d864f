package dev.tenso.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A redis-server left running by an earlier tenso that was killed before it could stop it
 * (kill -9, a killed build tool). It is recognised by its data folder ({@code CONFIG GET dir}
 * equals ours) and shut down cleanly, so its AOF is complete and the next start can take over.
 * Anything else on the port is left alone.
 */
final class LeftoverRedis {
  private static final int TIMEOUT_MS = 2_000;

  private LeftoverRedis() {}

  /** True when the server at host:port keeps its data in {@code dataDir} and was shut down. */
  static boolean shutDownIfOurs(String host, int port, Path dataDir) {
    String dir;
    try {
      dir = call(host, port, "CONFIG", "GET", "dir");
    } catch (IOException e) {
      return false;
    }
    if (!dir.contains("\r\n" + dataDir + "\r\n")) {
      return false;
    }
    try {
      call(host, port, "SHUTDOWN");
    } catch (IOException expected) {
      // the server closes the connection as it shuts down
    }
    return true;
  }

  private static String call(String host, int port, String... args) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
      s.setSoTimeout(TIMEOUT_MS);
      OutputStream out = s.getOutputStream();
      StringBuilder req = new StringBuilder("*" + args.length + "\r\n");
      for (String a : args) {
        req.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
            .append(a).append("\r\n");
      }
      out.write(req.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream reply = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      int n = in.read(buf);
      if (n < 0) {
        throw new IOException("connection closed");
      }
      reply.write(buf, 0, n);
      return reply.toString(StandardCharsets.UTF_8);
    }
  }
}
