package dev.tenso.voice;

import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.voicemail.Voicemail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Twilio's {@code recordingStatusCallback} read as the message left: the office number (from the
 * {@code to} of tenso's own callback URL), the recording's id, URL and length, the caller, and
 * when the recording began. Empty unless the recording is completed and has an id.
 */
final class RecordingCallback {
  private RecordingCallback() {}

  /** @param param a parameter by name, stripped, {@code ""} when absent */
  static Optional<Voicemail> message(UnaryOperator<String> param, Clock clock) {
    Optional<IpNumber> number = CallRouting.ipNumber(param.apply("to"));
    if (number.isEmpty() || !param.apply("RecordingStatus").equals("completed")
        || param.apply("RecordingSid").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Voicemail(number.get(), param.apply("RecordingSid"),
        param.apply("RecordingUrl"), seconds(param.apply("RecordingDuration")),
        param.apply("from"), startedAt(param.apply("RecordingStartTime"), clock)));
  }

  /**
   * When the recording began, as Twilio sends it (RFC 2822: {@code Tue, 10 Jan 2023 03:04:05
   * +0000}); now when absent or unreadable (a retried callback keeps its first time anyway).
   */
  private static Instant startedAt(String text, Clock clock) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.now(clock);
    }
  }

  private static int seconds(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
