package dev.tenso.importer;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import java.util.ArrayList;
import java.util.List;

/** Stand-ins for the core's rules: each rejects one marked value, so errors can be seen. */
final class Checks {
  private Checks() {}

  /** Rejects ring time 17 and any destination containing "999". */
  static final ForwardingCheck FORWARDING = (number, setting) -> {
    List<Violation> v = new ArrayList<>();
    if (setting.ringTime() == 17) {
      v.add(Violation.of("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE));
    }
    for (int i = 1; i <= 5; i++) {
      if (setting.slot(i).orElse("").contains("999")) {
        v.add(Violation.of("slot" + i, ErrorCode.DESTINATION_SPECIAL_NUMBER));
      }
    }
    return v;
  };

  /** Rejects the name "REJECTED". */
  static final UserCheck USERS = fields -> fields.name().equals("REJECTED")
      ? List.of(Violation.of("name", ErrorCode.NAME_TOO_LONG)) : List.of();
}
