package dev.tenso.core.inventory;

import java.util.Objects;

/**
 * A voice contract (音声契約) with the options that change the forwarding rules.
 *
 * @param membersNet メンバーズネット契約: destinations at most 28 digits instead of 32
 * @param messageBox メッセージボックス契約: voicemail may be chosen as the destination
 * @param representative the representative site's contract (代表拠点の契約番号) of its voice group
 */
public record Contract(
    ContractNumber number,
    VoiceGroupId voiceGroup,
    SiteId site,
    Plan plan,
    boolean membersNet,
    boolean messageBox,
    boolean representative) {
  public Contract {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(voiceGroup, "voiceGroup");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(plan, "plan");
  }

  /** The most digits a destination may have under this contract. */
  public int maxDestinationDigits() {
    return membersNet ? 28 : 32;
  }
}
