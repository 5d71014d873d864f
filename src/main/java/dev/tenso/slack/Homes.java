package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
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

  /**
   * The tab of one Slack user, as they should see it now: a PENDING user is told to finish
   * registration in their language; a DISABLED or unknown one sees what a stranger sees.
   */
  void publish(String slackId) {
    Optional<User> linked = p.identities().linked(slackId);
    if (linked.isEmpty()) {
      SlackIdentities.Lookup found = Views.call(() -> p.identities().lookUp(slackId, client));
      if (found.user().isEmpty() || found.user().get().status() != UserStatus.ACTIVE) {
        Views.publish(client, slackId, notActive(found.user(), found.language()));
        return;
      }
      linked = found.user();
    }
    Look look = p.core().status().mine(new Actor(linked.get().id(),
        ChannelIdentity.of(Channel.SLACK, slackId)));
    if (look.user().isEmpty() || look.user().get().status() != UserStatus.ACTIVE) {
      Views.publish(client, slackId, notActive(look.user(), look.user().map(User::language)
          .orElse(Language.JA)));
      return;
    }
    User u = look.user().get();
    Views.publish(client, slackId, tab.render(look.status(), u.language(), u.timezone()));
  }

  private View notActive(Optional<User> user, Language lang) {
    return user.filter(u -> u.status() == UserStatus.PENDING)
        .map(u -> tab.pending(u.language())).orElseGet(() -> tab.stranger(lang));
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
