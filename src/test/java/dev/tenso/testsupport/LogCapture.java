package dev.tenso.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures everything one class logs (at every level, whatever the configuration says), as
 * formatted lines with any stack trace text, until closed.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level level;

  public LogCapture(Class<?> source) {
    logger = (Logger) LoggerFactory.getLogger(source);
    level = logger.getLevel();
    logger.setLevel(Level.ALL);
    appender.start();
    logger.addAppender(appender);
  }

  /** Every captured line, its throwable (message and class) appended. */
  public List<String> lines() {
    return appender.list.stream()
        .map(e -> e.getFormattedMessage()
            + (e.getThrowableProxy() == null ? ""
                : " " + e.getThrowableProxy().getClassName() + ": "
                    + e.getThrowableProxy().getMessage()))
        .toList();
  }

  public String all() {
    return String.join("\n", lines());
  }

  /** How many captured events carried a throwable (a stack trace in the log). */
  public long withStackTrace() {
    return appender.list.stream().filter(e -> e.getThrowableProxy() != null).count();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(level);
  }
}
