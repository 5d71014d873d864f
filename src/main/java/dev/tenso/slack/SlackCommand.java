package dev.tenso.slack;

import dev.tenso.core.forwarding.ForwardingMode;
import java.util.Map;

/**
 * A {@code /forward} command as parsed, before anything is asked of the core. Numbers,
 * destinations and codes are kept as typed: the core checks them.
 */
sealed interface SlackCommand {

  /** {@code /forward} alone or {@code edit [number]}: the forwarding modal. */
  record Edit(String number) implements SlackCommand {}

  record Status(String number) implements SlackCommand {}

  /**
   * {@code on <destination>|<slot>|voicemail [mode [ring N]] [number <ip>]}.
   *
   * @param destination a number to forward to, or null
   * @param slot a saved slot as typed (1-5 is the core's rule), or null
   * @param mode null when not named (the current mode is kept)
   */
  record TurnOn(String destination, Integer slot, boolean voicemail, ForwardingMode mode,
      Integer ring, String number) implements SlackCommand {}

  record TurnOff(String number) implements SlackCommand {}

  /** {@code list [number]}: the saved destinations. */
  record Saved(String number) implements SlackCommand {}

  record Numbers(String group, String site, String contract, String digits, int page)
      implements SlackCommand {}

  record History(String number) implements SlackCommand {}

  record Register(String token) implements SlackCommand {
    @Override
    public String toString() {
      return "Register[]";
    }
  }

  record Login() implements SlackCommand {}

  record Code(String code) implements SlackCommand {
    @Override
    public String toString() {
      return "Code[]";
    }
  }

  record Logout() implements SlackCommand {}

  record Help() implements SlackCommand {}

  record Users(String keyword, int page) implements SlackCommand {}

  record AddUser() implements SlackCommand {}

  record UserInfo(String email) implements SlackCommand {}

  /**
   * Not a command: what was wrong ({@code slack.parse.*} with its params) and the right form
   * ({@code slack.usage.*}).
   */
  record Invalid(String problem, Map<String, String> params, String usage)
      implements SlackCommand {}

  /** True for the administrators' commands. */
  default boolean adminOnly() {
    return this instanceof Users || this instanceof AddUser || this instanceof UserInfo;
  }
}
