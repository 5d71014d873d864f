package dev.tenso.voice;

import dev.tenso.TensoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole tenso with the phone channel on a random port, on the given Redis: one instance. */
final class App implements AutoCloseable {
  final ConfigurableApplicationContext context;

  App(String redisUrl, int smtpPort) {
    context = new SpringApplicationBuilder(TensoApplication.class).run(
        "--server.port=0", "--spring.data.redis.url=" + redisUrl,
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--tenso.twilio.auth-token=" + TwilioStandIn.AUTH_TOKEN,
        "--tenso.public-url=" + TwilioStandIn.PUBLIC_URL);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
