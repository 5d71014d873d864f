package dev.tenso.core.history;

import dev.tenso.core.common.Channel;
import dev.tenso.core.forwarding.AuditFormat;
import dev.tenso.core.forwarding.ForwardingSetting;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded change, as a channel shows it: when (an instant, for the channel to show in the
 * reader's time zone), who (their id and name; the import and the system by their own name),
 * through which channel, what, on which number or user, before and after.
 *
 * @param by the acting user's id, or {@code import} / {@code system}
 * @param byName the acting user's name, or {@code by} when it is not a user
 * @param number the IP number's digits, or empty
 * @param subject the id of the user the change was about, or empty
 */
public record HistoryEntry(Instant at, String by, String byName, Channel channel, String action,
    String number, String subject, String before, String after) {
  public static final String FORWARDING_CHANGE = "forwarding.change";

  public HistoryEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
  }

  /** For a forwarding change: the setting before it. */
  public Optional<ForwardingSetting> forwardingBefore() {
    return setting(before);
  }

  /** For a forwarding change: the setting after it. */
  public Optional<ForwardingSetting> forwardingAfter() {
    return setting(after);
  }

  private Optional<ForwardingSetting> setting(String text) {
    if (!FORWARDING_CHANGE.equals(action) || text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AuditFormat.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
