package dev.tenso.core.auth;

import dev.tenso.core.common.UserId;

/**
 * What a person typed to confirm who they are (本人確認): the registration code (link token or
 * keypad code) and their email, name and phone.
 *
 * @param knownUser the user the channel already recognised (Slack email, caller id), or null
 */
public record IdentityClaim(UserId knownUser, String code, String email, String name,
    String phone) {
  @Override
  public String toString() {
    return "IdentityClaim[" + knownUser + "]";
  }
}
