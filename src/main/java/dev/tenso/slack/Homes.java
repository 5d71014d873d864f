package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.Actor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingListener;
import dev.tenso.core.forwarding.ForwardingStatus.Look;
import dev.tenso.core.inventory.IpNumber;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes App Home tabs: when a user opens theirs, and after every forwarding change (from
 * Slack, the phone or any other channel) for the user who made it and the users the number is
 * assigned to who ever used tenso in Slack. Runs off the request path.
 */
final class Homes implements ForwardingListener {
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
    Optional<UserId> id = p.identities().linked(slackId);
    if (id.isEmpty()) {
      SlackIdentities.Lookup found = Views.call(() -> p.identities().lookUp(slackId, client));
      if (found.user().isEmpty() || found.user().get().status() != UserStatus.ACTIVE) {
        Views.publish(client, slackId, tab.stranger(found.language()));
        return;
      }
      id = Optional.of(found.user().get().id());
    }
    Look look = p.core().status().mine(new Actor(id.get(), Channel.SLACK, slackId));
    if (look.user().isEmpty() || look.user().get().status() != UserStatus.ACTIVE) {
      Views.publish(client, slackId, tab.stranger(look.user().map(User::language)
          .orElse(dev.tenso.core.directory.Language.JA)));
      return;
    }
    User u = look.user().get();
    Views.publish(client, slackId, tab.render(look.status(), u.language(), u.timezone()));
  }

  @Override
  public void changed(IpNumber number, AuditEvent event) {
    Set<UserId> concerned = new LinkedHashSet<>();
    try {
      concerned.add(new UserId(event.actor()));
    } catch (RuntimeException e) {
      // a channel acting by itself: no Home of its own
    }
    // the users the number is assigned to directly (to be served by an index: no request path
    // reads the directory, and this runs after the answer)
    p.core().users().all().stream().filter(u -> u.numbers().contains(number))
        .forEach(u -> concerned.add(u.id()));
    for (UserId u : concerned) {
      p.identities().slackIdOf(u).ifPresent(this::publish);
    }
  }
}
