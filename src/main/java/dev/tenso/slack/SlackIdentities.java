package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.tenso.core.auth.Addressee;
import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a Slack user is in the directory: the user whose record names their Slack user id ({@code
 * User#slackId}, read through the index {@code tenso:user-slack:{id}}), else the user whose
 * login email is their Slack profile's ({@code users.info}, slow: only after the
 * acknowledgement), matched by the sign-in door's first factor, which then remembers the Slack
 * id on the record.
 */
final class SlackIdentities {
  private final SignInUseCases signIn;
  private final Users users;

  SlackIdentities(SignInUseCases signIn, Users users) {
    this.signIn = signIn;
    this.users = users;
  }

  /** The user linked to this Slack user id, unless DISABLED (then they are nobody). */
  Optional<User> linked(String slackUserId) {
    return users.bySlackId(slackUserId).filter(u -> u.status() != UserStatus.DISABLED);
  }

  /**
   * The profile's match (remembered by the door), and the language to speak: the user's, else
   * the Slack locale's (Japanese unless it is English). A disabled user matches nobody.
   */
  Lookup lookUp(String slackUserId, MethodsClient client) throws IOException, SlackApiException {
    UsersInfoResponse r = client.usersInfo(b -> b.user(slackUserId).includeLocale(true));
    if (!r.isOk() || r.getUser() == null) {
      return new Lookup(Optional.empty(), Language.JA);
    }
    Language locale = language(r.getUser().getLocale());
    String email = r.getUser().getProfile() == null ? null : r.getUser().getProfile().getEmail();
    if (email == null || email.isBlank()) {
      return new Lookup(Optional.empty(), locale);
    }
    Optional<User> user = signIn.identify(ChannelIdentity.of(Channel.SLACK, slackUserId),
            new FirstFactorClaim.SlackEmail(email)).addressee()
        .map(Addressee::user).flatMap(users::byId);
    return new Lookup(user, user.map(User::language).orElse(locale));
  }

  /** What {@code users.info} gave. */
  record Lookup(Optional<User> user, Language language) {}

  static Language language(String slackLocale) {
    return slackLocale != null && slackLocale.toLowerCase(Locale.ROOT).startsWith("en")
        ? Language.EN : Language.JA;
  }
}
