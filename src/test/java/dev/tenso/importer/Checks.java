package dev.tenso.importer;

import dev.tenso.core.forwarding.ForwardingRules;

/** The core's forwarding rules as the parser sees them, with no tenso number stored yet. */
final class Checks {
  private Checks() {}

  static final ForwardingCheck FORWARDING =
      (number, setting, inFile) -> ForwardingRules.validate(number, setting, inFile);
}
