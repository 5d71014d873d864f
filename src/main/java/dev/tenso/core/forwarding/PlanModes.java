package dev.tenso.core.forwarding;

import dev.tenso.core.inventory.Plan;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which modes (転送動作) a plan accepts: {@code MOBILE_OFFICE} unconditional only (the manual:
 * 必ず「無条件転送」を選択してください), {@code IP_VOICE} all four. The rules check it; channels ask it
 * to offer only what may be chosen.
 */
public final class PlanModes {
  private PlanModes() {}

  public static Set<ForwardingMode> allowed(Plan plan) {
    return plan == Plan.MOBILE_OFFICE ? EnumSet.of(ForwardingMode.UNCONDITIONAL)
        : EnumSet.allOf(ForwardingMode.class);
  }
}
