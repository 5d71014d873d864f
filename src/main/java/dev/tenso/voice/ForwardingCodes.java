package dev.tenso.voice;

import dev.tenso.core.forwarding.ForwardingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard forwarding codes of a mobile phone, as keyed at the IVR's main menu (the whole
 * code arrives: that menu's {@code <Gather>} has no finishOnKey). Only the grammar lives here:
 * each code becomes a {@link PhoneChange} that passes the core's rules like any other change.
 *
 * <pre>
 * *21*&lt;number&gt;#                  on, unconditional, to the number (also **21*)
 * #21#                            off
 * ##21#                           off, and the active destination erased
 * *#21#                           the current setting
 * **61*&lt;number&gt;#                 on no answer ({@code **61*&lt;number&gt;**&lt;seconds&gt;#}: ring time)
 * *67*&lt;number&gt;#                  when busy
 * *62*&lt;number&gt;#                  when unreachable
 * </pre>
 */
final class ForwardingCodes {
  private static final Pattern UNCONDITIONAL = Pattern.compile("\\*\\*?21\\*([0-9]+)#");
  private static final Pattern NO_ANSWER =
      Pattern.compile("\\*\\*61\\*([0-9]+)(?:\\*\\*([0-9]{1,3}))?#");
  private static final Pattern BUSY = Pattern.compile("\\*\\*?67\\*([0-9]+)#");
  private static final Pattern UNREACHABLE = Pattern.compile("\\*\\*?62\\*([0-9]+)#");

  private ForwardingCodes() {}

  /** A code read: the status asked for, or a change. */
  sealed interface Code permits Status, Change {}

  record Status() implements Code {}

  record Change(PhoneChange change) implements Code {}

  static Optional<Code> parse(String keys) {
    switch (keys) {
      case "*#21#":
        return Optional.of(new Status());
      case "#21#":
        return Optional.of(new Change(PhoneChange.of(PhoneChange.Kind.OFF)));
      case "##21#":
        return Optional.of(new Change(PhoneChange.of(PhoneChange.Kind.ERASE)));
      default:
        break;
    }
    Matcher m = UNCONDITIONAL.matcher(keys);
    if (m.matches()) {
      return on(m.group(1), ForwardingMode.UNCONDITIONAL, null);
    }
    m = NO_ANSWER.matcher(keys);
    if (m.matches()) {
      return on(m.group(1), ForwardingMode.NO_ANSWER,
          m.group(2) == null ? null : Integer.valueOf(m.group(2)));
    }
    m = BUSY.matcher(keys);
    if (m.matches()) {
      return on(m.group(1), ForwardingMode.BUSY, null);
    }
    m = UNREACHABLE.matcher(keys);
    return m.matches() ? on(m.group(1), ForwardingMode.UNREACHABLE, null) : Optional.empty();
  }

  private static Optional<Code> on(String digits, ForwardingMode mode, Integer ring) {
    return Optional.of(new Change(PhoneChange.onNumber(digits, mode, ring)));
  }
}
