package dev.tenso.core.inventory;

import java.util.Objects;

/** A number with the contract and site it belongs to: what the forwarding rules need to know. */
public record NumberDetails(OfficeNumber number, Contract contract, Site site) {
  public NumberDetails {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(site, "site");
  }

  public IpNumber ip() {
    return number.number();
  }

  public VoiceGroupId voiceGroup() {
    return contract.voiceGroup();
  }
}
