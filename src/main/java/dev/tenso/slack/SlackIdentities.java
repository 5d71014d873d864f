package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.tenso.core.auth.FirstFactor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.ChannelLinks;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a Slack user is in the directory: by the Slack user id remembered at the first match (one
 * Redis read, on the acknowledgement path), else by the email of their Slack profile
 * ({@code users.info}, slow: only after the acknowledgement), matched by the core's first factor
 * and then remembered. The only class that knows where the link is kept.
 */
final class SlackIdentities {
  private final ChannelLinks links;
  private final FirstFactor firstFactor;

  SlackIdentities(ChannelLinks links, FirstFactor firstFactor) {
    this.links = links;
    this.firstFactor = firstFactor;
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
   * locale's (Japanese unless it is English).
   */
  Lookup lookUp(String slackUserId, MethodsClient client) throws IOException, SlackApiException {
    UsersInfoResponse r = client.usersInfo(b -> b.user(slackUserId).includeLocale(true));
    if (!r.isOk() || r.getUser() == null) {
      return new Lookup(Optional.empty(), Language.JA);
    }
    Language locale = language(r.getUser().getLocale());
    String email = r.getUser().getProfile() == null ? null : r.getUser().getProfile().getEmail();
    Optional<User> user = firstFactor.bySlackEmail(email);
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
