package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored instants read back exactly as {@link Instant#parse} reads them. */
class InstantsTest {
  @ParameterizedTest
  @ValueSource(strings = {"2026-11-29T01:02:03Z", "2026-11-29T01:02:03.120Z",
      "2026-11-29T01:02:03.123456Z", "2026-11-29T01:02:03.123456789Z", "1969-12-31T23:59:59.5Z",
      "0001-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z", "+10000-01-01T00:00:00Z",
      "2026-11-29T24:00:00Z", "2026-11-29T01:02:03.Z"})
  void readsWhatInstantParseReads(String text) {
    assertThat(Instants.parse(text)).isEqualTo(Instant.parse(text));
  }

  @Test
  void readsBackEveryInstantAsWritten() {
    for (int i = 0; i < 10_000; i++) {
      Instant at = Instant.ofEpochSecond(ThreadLocalRandom.current().nextLong(-5_000_000_000L,
          50_000_000_000L), ThreadLocalRandom.current().nextInt(1_000_000_000) / 1000 * 1000);
      assertThat(Instants.parse(at.toString())).isEqualTo(at);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30T01:02:03Z", "2026-11-29T01:02:3aZ", "2026-11-29 01:02:03Z",
      "yesterday"})
  void refusesWhatInstantParseRefuses(String text) {
    assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}
