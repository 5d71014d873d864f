package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ChangeNotices;
import dev.tenso.core.forwarding.ForwardingStatus.Look;
import dev.tenso.core.forwarding.ForwardingView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes App Home tabs: when a user opens theirs, and after every forwarding change (from
 * Slack, the phone or any other channel) for the user who made it and the users the number is
 * assigned to who ever used tenso in Slack (found through the number's index, never by reading
 * the directory). Told by the forwarding door after its answer, off the request path.
 */
final class Homes implements ChangeNotices {
  private final Parts p;
  private final HomeTab tab;
  private final MethodsClient client;

  Homes(Parts p, MethodsClient client) {
    this.p = p;
    this.tab = new HomeTab(p);
    this.client = client;
  }

  /** The tab of one Slack user, as they should see it now. */
  void publish(String slackId) {
    Optional<UserId> id = p.identities().linked(slackId).map(User::id);
    if (id.isEmpty()) {
      SlackIdentities.Lookup found = Views.call(() -> p.identities().lookUp(slackId, client));
      if (found.user().isEmpty() || found.user().get().status() != UserStatus.ACTIVE) {
        Views.publish(client, slackId, tab.stranger(found.language()));
        return;
      }
      id = Optional.of(found.user().get().id());
    }
    Look look = p.core().status().mine(new Actor(id.get(),
        ChannelIdentity.of(Channel.SLACK, slackId)));
    if (look.user().isEmpty() || look.user().get().status() != UserStatus.ACTIVE) {
      Views.publish(client, slackId, tab.stranger(look.user().map(User::language)
          .orElse(Language.JA)));
      return;
    }
    User u = look.user().get();
    Views.publish(client, slackId, tab.render(look.status(), u.language(), u.timezone()));
  }

  /**
   * The Homes of the users the number is assigned to (the number's index, {@code
   * Users.byNumber}) and of the user who made the change, those linked to a Slack id.
   */
  @Override
  public void changed(ForwardingView view, long version, Actor actor, String changedBy,
      Instant at) {
    List<User> concerned = new ArrayList<>(p.core().users().byNumber(view.details().ip()));
    if (!actor.isSystem() && concerned.stream().noneMatch(u -> u.id().equals(actor.user()))) {
      p.core().users().byId(actor.user()).ifPresent(concerned::add);
    }
    concerned.stream().map(User::slackId).filter(id -> !id.isEmpty()).distinct()
        .forEach(this::publish);
  }
}
