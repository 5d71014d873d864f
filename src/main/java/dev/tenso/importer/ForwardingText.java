package dev.tenso.importer;

import dev.tenso.core.forwarding.ForwardingSetting;
import java.util.StringJoiner;

/**
 * The default audit text of a forwarding setting (the {@code before} and {@code after} of an
 * event): {@code on UNCONDITIONAL 30s [090-1234-5678,,,,] active=1}. The lead may pass the core's
 * own format to {@link OrganisationImporter} instead.
 */
public final class ForwardingText {
  private ForwardingText() {}

  public static String of(ForwardingSetting s) {
    StringJoiner slots = new StringJoiner(",", "[", "]");
    s.slots().forEach(d -> slots.add(d == null ? "" : d));
    return (s.enabled() ? "on " : "off ") + s.mode() + " " + s.ringTime() + "s " + slots
        + " active=" + s.active().code();
  }
}
