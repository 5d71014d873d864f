package dev.tenso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.SuiteLogReset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs last (see {@code junit-platform.properties}, {@link ClassOrderer.OrderAnnotation}): no
 * code, secret, token or session id that any test remembered appears in the log of the whole
 * test JVM ({@code target/test-logs/suite.log}). Short numeric codes count only as whole numbers,
 * so a timestamp or a port that happens to contain the digits is not taken for a leak.
 */
@Order(Integer.MAX_VALUE)
class SuiteLogHoldsNoSecretsTest {
  private static final Pattern SHORT_NUMBER = Pattern.compile("[0-9]{1,10}");

  @Test
  void noRememberedValueReachedTheLog() throws IOException {
    LoggerFactory.getLogger(SuiteLogHoldsNoSecretsTest.class)
        .info("checking the suite log against {} remembered values", SecretsSeen.all().size());
    assertThat(SuiteLogReset.SUITE_LOG).exists();
    String log = Files.readString(SuiteLogReset.SUITE_LOG, StandardCharsets.UTF_8);
    assertThat(log).contains("checking the suite log against");
    List<String> leaked = SecretsSeen.all().stream().filter(v -> leaks(log, v)).toList();
    assertThat(leaked.size()).as("remembered values found in the suite log").isZero();
  }

  @Test
  void shortNumbersCountOnlyWholeLongValuesAnywhere() {
    assertThat(leaks("code 123456 sent", "123456")).isTrue();
    assertThat(leaks("took 91234567 ms", "123456")).isFalse();
    assertThat(leaks("token=abcDEF_123-xyz;", "abcDEF_123-xyz")).isTrue();
    assertThat(leaks("nothing here", "abcDEF_123-xyz")).isFalse();
  }

  static boolean leaks(String log, String value) {
    if (SHORT_NUMBER.matcher(value).matches()) {
      return Pattern.compile("(?<![0-9])" + value + "(?![0-9])").matcher(log).find();
    }
    return log.contains(value);
  }
}
