package dev.tenso.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tenso.TensoApplication;
import dev.tenso.config.TwilioProperties;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One tenso in console mode for every console test, started as the newcomer starts it (the demo
 * profile, nothing configured but the test Redis), and one headless Chromium driving it. Both
 * are started once for the test JVM and closed at its end. Each test gets the demo organisation
 * afresh ({@link #fresh}).
 */
public final class ConsoleRig implements AutoCloseable {
  final ConfigurableApplicationContext app;
  final int port;
  /** What the starting thread logged from the context's preparation to the end of the start. */
  final List<String> startLog;
  private Browser browser;

  private ConsoleRig() {
    this.port = TestRedis.freePort();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Thread starter = Thread.currentThread();
    ApplicationListener<ApplicationPreparedEvent> capture = e -> {
      captured.addFilter(new ch.qos.logback.core.filter.Filter<>() {
        @Override
        public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
          return event.getThreadName().equals(starter.getName())
              ? ch.qos.logback.core.spi.FilterReply.NEUTRAL
              : ch.qos.logback.core.spi.FilterReply.DENY;
        }
      });
      captured.start();
      root().addAppender(captured);
    };
    try {
      this.app = new SpringApplicationBuilder(TensoApplication.class).listeners(capture).run(
          "--server.port=" + port, "--spring.profiles.active=demo",
          "--spring.data.redis.url=" + TestRedis.shared().url(), "--tenso.console.enabled=");
    } finally {
      root().detachAppender(captured);
    }
    this.startLog = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    SecretsSeen.remember(app.getBean(TwilioProperties.class).authToken());
    SecretsSeen.remember(app.getEnvironment().getProperty("tenso.slack.signing-secret"));
    SecretsSeen.remember(app.getEnvironment().getProperty("tenso.slack.bot-token"));
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  String base() {
    return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  /** The demo organisation as the import leaves it, nothing else in Redis. */
  void fresh() {
    TestRedis.shared().flush();
    bean(OrganisationImporter.class).load("classpath:demo/organisation.yaml");
  }

  /** The demo organisation afresh, and the console page opened afresh in the browser. */
  Browser freshPage() {
    fresh();
    Browser b = browser();
    b.open(base());
    return b;
  }

  /** The browser, started at first use. */
  synchronized Browser browser() {
    if (browser == null) {
      browser = Browser.start();
    }
    return browser;
  }

  @Override
  public void close() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      app.close();
    }
  }

  /** The JUnit side: the rig lives in the root store, closed when the test plan ends. */
  public static final class Extension implements BeforeAllCallback, ParameterResolver {
    @Override
    public void beforeAll(ExtensionContext context) {
      rig(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
      return p.getParameter().getType() == ConsoleRig.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
      return rig(e);
    }

    private static ConsoleRig rig(ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.create(ConsoleRig.class))
          .computeIfAbsent(ConsoleRig.class, k -> new ConsoleRig(), ConsoleRig.class);
    }
  }
}
