package dev.tenso.core.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical short text of a forwarding setting, written as the audit event's before and
 * after: {@code on UNCONDITIONAL ring=30 slots=[090-1234-5678,,03-1234-5678,,] active=1}.
 * {@link #parse} reads it back. A slot's {@code %}, {@code ,}, {@code [}, {@code ]} and spaces
 * are percent-encoded so any stored text survives the round trip.
 */
public final class AuditFormat {
  private static final Pattern FORM = Pattern.compile(
      "(on|off) ([A-Z_]+) ring=(-?\\d{1,9}) slots=\\[([^\\]]*)\\] active=([0-9A-Z]+)");

  private AuditFormat() {}

  public static String format(ForwardingSetting s) {
    List<String> slots = new ArrayList<>();
    for (String slot : s.slots()) {
      slots.add(slot == null ? "" : escape(slot));
    }
    return (s.enabled() ? "on" : "off") + " " + s.mode().name() + " ring=" + s.ringTime()
        + " slots=[" + String.join(",", slots) + "] active=" + s.active().code();
  }

  /** @throws IllegalArgumentException when the text is not in the canonical form */
  public static ForwardingSetting parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a forwarding audit text");
    }
    String[] parts = m.group(4).split(",", -1);
    if (parts.length != Target.SLOTS) {
      throw new IllegalArgumentException("expected " + Target.SLOTS + " slots");
    }
    List<String> slots = new ArrayList<>();
    for (String p : parts) {
      slots.add(p.isEmpty() ? null : unescape(p));
    }
    try {
      return new ForwardingSetting(m.group(1).equals("on"), ForwardingMode.valueOf(m.group(2)),
          Integer.parseInt(m.group(3)), slots, Target.parse(m.group(5)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a forwarding audit text", e);
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '%' || c == ',' || c == '[' || c == ']' || c == ' ') {
        b.append('%').append(String.format("%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
