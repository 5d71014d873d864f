package dev.tenso.core.inventory;

import java.util.Objects;

/**
 * An IP phone number as the inventory knows it: its contract and its terminal (VoIP端末, the
 * SIP endpoint or phone that rings when forwarding is off).
 *
 * @param terminal a SIP URI or a phone number; empty when the carrier, not tenso, routes the calls
 */
public record OfficeNumber(IpNumber number, ContractNumber contract, String terminal) {
  public OfficeNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(contract, "contract");
    terminal = terminal == null ? "" : terminal.strip();
  }

  /** True when tenso's own voice webhook routes the calls of this number (it has a terminal). */
  public boolean routedByTenso() {
    return !terminal.isEmpty();
  }
}
