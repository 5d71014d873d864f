package dev.tenso.testsupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The servers a whole-application test runs against: the suite's shared redis-server and a real
 * SMTP server (GreenMail) on a free port of the test class's own.
 */
public final class AppServers {
  private AppServers() {}

  /** A GreenMail SMTP server on {@code port}, to register as the class's extension. */
  public static GreenMailExtension smtp(int port) {
    return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"));
  }

  /** The application pointed at the shared Redis and at the SMTP server on {@code smtpPort}. */
  public static void redisAndMail(DynamicPropertyRegistry registry, int smtpPort) {
    registry.add("spring.data.redis.url", () -> TestRedis.shared().url());
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtpPort);
  }
}
