package dev.tenso.importer;

import dev.tenso.core.forwarding.ForwardingRules;
import java.util.Optional;

/** The core's forwarding rules as the parser sees them, with no other tenso number stored. */
final class Checks {
  private Checks() {}

  static final ForwardingCheck FORWARDING =
      (number, setting) -> ForwardingRules.validate(number, setting, ip -> Optional.empty());
}
