package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.tenso.core.auth.Addressee;
import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.ChannelLinks;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a Slack user is in the directory: by the Slack user id remembered at the first match (one
 * Redis read, on the acknowledgement path), else by the email of their Slack profile
 * ({@code users.info}, slow: only after the acknowledgement), which the sign-in door matches
 * (its first factor) and the channel then remembers. The only class that knows where the link is
 * kept.
 */
final class SlackIdentities {
  private final ChannelLinks links;
  private final SignInUseCases signIn;
  private final Users users;

  SlackIdentities(ChannelLinks links, SignInUseCases signIn, Users users) {
    this.links = links;
    this.signIn = signIn;
    this.users = users;
  }

  /** The directory user this Slack user was matched to before, if any. */
  Optional<UserId> linked(String slackUserId) {
    return links.userOf(Channel.SLACK, slackUserId);
  }

  /** The Slack user id of a directory user who ever used tenso in Slack. */
  Optional<String> slackIdOf(UserId user) {
    return links.externalIdOf(Channel.SLACK, user);
  }

  /**
   * The profile's match (remembered), and the language to speak: the user's, else the Slack
   * locale's (Japanese unless it is English). A disabled user matches nobody.
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
    user.ifPresent(u -> links.link(Channel.SLACK, slackUserId, u.id()));
    return new Lookup(user, user.map(User::language).orElse(locale));
  }

  /** What {@code users.info} gave. */
  record Lookup(Optional<User> user, Language language) {}

  static Language language(String slackLocale) {
    return slackLocale != null && slackLocale.toLowerCase(Locale.ROOT).startsWith("en")
        ? Language.EN : Language.JA;
  }
}
