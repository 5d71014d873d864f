package dev.tenso.slack;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * Slack's side of Socket Mode for a test: a WebSocket endpoint on an embedded Tomcat (jakarta
 * websocket) that the app's Socket Mode client connects to (the URL {@code apps.connections.open}
 * answers), greets it with {@code hello}, sends it envelopes and keeps what it sends back.
 */
final class SocketModeServer implements AutoCloseable {
  static final String PATH = "/link";

  private final Tomcat tomcat = new Tomcat();
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final BlockingQueue<Session> sessions = new LinkedBlockingQueue<>();

  SocketModeServer() {
    try {
      tomcat.setBaseDir(Files.createTempDirectory("socket-mode").toString());
      tomcat.setPort(0);
      tomcat.getConnector();
      Context ctx = tomcat.addContext("", null);
      // the upgrade is done by Tomcat's WebSocket filter, which runs only where a servlet is mapped
      Tomcat.addServlet(ctx, "none", new jakarta.servlet.http.HttpServlet() { });
      ctx.addServletMappingDecoded("/", "none");
      ctx.addServletContainerInitializer(new WsSci(), null);
      ctx.addServletContainerInitializer((classes, servletContext) -> {
        ServerContainer container = (ServerContainer) servletContext
            .getAttribute(ServerContainer.class.getName());
        Endpoint link = new Endpoint() {
          @Override
          public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class,
                (MessageHandler.Whole<String>) received::add);
            send(session, "{\"type\":\"hello\",\"num_connections\":1,"
                + "\"connection_info\":{\"app_id\":\"A0001\"}}");
            sessions.add(session);
          }
        };
        try {
          container.addEndpoint(ServerEndpointConfig.Builder.create(Endpoint.class, PATH)
              .configurator(new ServerEndpointConfig.Configurator() {
                @Override
                public <T> T getEndpointInstance(Class<T> endpointClass) {
                  return endpointClass.cast(link);
                }
              }).build());
        } catch (jakarta.websocket.DeploymentException e) {
          throw new IllegalStateException(e);
        }
      }, Set.of());
      tomcat.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.catalina.LifecycleException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The URL {@code apps.connections.open} answers with. */
  String url() {
    return "ws://127.0.0.1:" + tomcat.getConnector().getLocalPort() + PATH;
  }

  /** The client's connection, once it connected (waits up to 10 s). */
  Session connected() throws InterruptedException {
    Session s = sessions.poll(10, TimeUnit.SECONDS);
    if (s == null) {
      throw new AssertionError("the Socket Mode client did not connect");
    }
    sessions.add(s);
    return s;
  }

  static void send(Session session, String text) {
    try {
      session.getBasicRemote().sendText(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next message the client sent that holds {@code needle} (waits up to 5 s). */
  String awaitMessage(String needle) throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    for (long left = 5_000; left > 0; left = (end - System.nanoTime()) / 1_000_000) {
      String m = received.poll(left, TimeUnit.MILLISECONDS);
      if (m != null && m.contains(needle)) {
        return m;
      }
    }
    throw new AssertionError("no message with " + needle + " from the Socket Mode client");
  }

  @Override
  public void close() {
    try {
      for (Session s : sessions) {
        s.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "test over"));
      }
      tomcat.stop();
      tomcat.destroy();
    } catch (Exception e) {
      // the test is over
    }
  }
}
