package dev.tenso.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Empties {@code target/test-logs/suite.log} once, when the test JVM's launcher session opens. */
public final class SuiteLogReset implements LauncherSessionListener {
  public static final Path SUITE_LOG = Path.of("target", "test-logs", "suite.log");

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      Files.createDirectories(SUITE_LOG.getParent());
      Files.write(SUITE_LOG, new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
