package dev.tenso.core.auth;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.UserUpdate;
import dev.tenso.core.directory.Users;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first factor of tenso's channels (§3): no password is ever typed into a chat or a keypad.
 * A Slack user is matched to the directory by the email of their workspace profile; a phone call
 * by the caller's number (or one keyed in), which must be a user's registered phone (電話番号) or
 * mobile (携帯電話番号). A number must identify exactly one user: a number several users share (an
 * office's main line) identifies nobody. Disabled users are never identified. The answer is only
 * who claims to be there; the second factor (a code) still decides.
 */
final class FirstFactor {
  private static final Pattern DOMESTIC = Pattern.compile("0\\d{9,10}");
  private final Users users;

  FirstFactor(Users users) {
    this.users = users;
  }

  Optional<User> find(FirstFactorClaim claim) {
    if (claim instanceof FirstFactorClaim.SlackEmail e) {
      return bySlackEmail(e.email());
    }
    if (claim instanceof FirstFactorClaim.CallerNumber c) {
      return byNumber(c.number());
    }
    if (claim instanceof FirstFactorClaim.KeyedPhone k) {
      return byNumber(k.number());
    }
    return users.byId(((FirstFactorClaim.Linked) claim).user()).filter(FirstFactor::identifiable);
  }

  /**
   * A Slack user matched by their profile's email is remembered on the user record ({@link
   * User#slackId}), so the channel finds them by that id afterwards ({@link
   * FirstFactorClaim.Linked}) without asking Slack again. A Slack id belongs to one user: whoever
   * held it before lets it go. Not audited: a remembered match, not a change of the user's data.
   * When a concurrent change takes the id first, the match is remembered at the next one.
   */
  void remember(ChannelIdentity who, FirstFactorClaim claim, User user) {
    if (!(claim instanceof FirstFactorClaim.SlackEmail) || who.channel() != Channel.SLACK
        || user.slackId().equals(who.id())) {
      return;
    }
    try {
      users.bySlackId(who.id()).filter(other -> !other.id().equals(user.id()))
          .ifPresent(other -> UserUpdate.apply(users, other.id(), u -> Outcome.ok(
              u.slackId().equals(who.id()) ? u.withSlackId("") : u), (before, after) -> null));
      UserUpdate.apply(users, user.id(), u -> Outcome.ok(u.withSlackId(who.id())),
          (before, after) -> null);
    } catch (IllegalStateException e) {
      // another user was linked to this Slack id meanwhile: remembered at the next match
    }
  }

  /** The user whose login email is the Slack profile's email (case-insensitively). */
  Optional<User> bySlackEmail(String email) {
    try {
      return users.byEmail(Email.of(email)).filter(FirstFactor::identifiable);
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * The one user whose phone or mobile is this number ({@code +81…} as telephony sends it, or
   * domestic {@code 0…}, hyphens allowed); empty when none or several match, or when the caller
   * withheld or faked a number that is not a Japanese one.
   */
  Optional<User> byNumber(String number) {
    Optional<String> digits = domestic(number);
    if (digits.isEmpty()) {
      return Optional.empty();
    }
    List<User> matches = users.byPhone(digits.get(), 2).stream()
        .filter(FirstFactor::identifiable)
        .filter(u -> u.phoneDigits().contains(digits.get()))
        .toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** {@code +81 90-1234-5678} or {@code 090-1234-5678} as {@code 09012345678}. */
  static Optional<String> domestic(String number) {
    if (number == null) {
      return Optional.empty();
    }
    String t = number.strip().replace("-", "").replace(" ", "");
    if (t.startsWith("+81")) {
      t = "0" + t.substring(3);
    }
    return DOMESTIC.matcher(t).matches() ? Optional.of(t) : Optional.empty();
  }

  private static boolean identifiable(User u) {
    return u.status() != UserStatus.DISABLED;
  }
}
