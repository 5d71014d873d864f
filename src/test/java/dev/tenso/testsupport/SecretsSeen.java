package dev.tenso.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every code, secret, token and session id a test handled, so that the last test of the suite
 * ({@code SuiteLogHoldsNoSecretsTest}) can prove none of them reached the log.
 */
public final class SecretsSeen {
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private SecretsSeen() {}

  /** Remembers a value (ignores null and blank); returns it, for use inline. */
  public static String remember(String value) {
    if (value != null && !value.isBlank()) {
      SEEN.add(value);
    }
    return value;
  }

  public static Set<String> all() {
    return Set.copyOf(SEEN);
  }
}
