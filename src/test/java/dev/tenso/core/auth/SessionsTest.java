package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Sessions per channel identity: idle timeout, absolute lifetime, renewal, pending action. */
class SessionsTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
  private final String secret = f.activeTotpSecret(u);
  private final ChannelIdentity slack = AuthFixture.slack();
  private final Actor actor = new Actor(u.id(), ChannelIdentity.of(Channel.SLACK, slack.id()));

  @Test
  void signInGivesAFreshSessionWithALongIdAndHandsBackThePendingAction() {
    var done = f.signInTotp(slack, u, secret, "forwarding.set:05012345678:UNCONDITIONAL");
    assertThat(done.pendingAction()).isEqualTo("forwarding.set:05012345678:UNCONDITIONAL");
    assertThat(done.session().id()).matches("[A-Za-z0-9_-]{32}"); // 24 random bytes
    assertThat(done.session().toString()).doesNotContain(done.session().id());
    assertThat(f.sessions.isFresh(actor)).isTrue();
    assertThat(f.sessions.current(slack).orElseThrow().pendingAction()).isEmpty();
  }

  @Test
  void noSessionNoFreshness() {
    assertThat(f.sessions.isFresh(actor)).isFalse();
    f.signIn.begin(slack, u.id(), "pending").orElseThrow(); // asked, not yet answered
    assertThat(f.sessions.isFresh(actor)).isFalse();
  }

  @Test
  void theIdIsRenewedAtEverySignIn() {
    String first = f.signInTotp(slack, u, secret, "").session().id();
    f.clock.advance(Duration.ofSeconds(30));
    String second = f.signInTotp(slack, u, secret, "").session().id();
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void idleForFifteenMinutesEndsTheSession() {
    f.signInTotp(slack, u, secret, "");
    f.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(f.sessions.isFresh(actor)).as("used just in time: the idle clock restarts")
        .isTrue();
    f.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(f.sessions.isFresh(actor)).isTrue();
    f.clock.advance(Duration.ofMinutes(15));
    assertThat(f.sessions.isFresh(actor)).isFalse();
  }

  @Test
  void twelveHoursEndTheSessionHoweverBusy() {
    f.signInTotp(slack, u, secret, "");
    for (int i = 0; i < 71; i++) { // 71 x 10 min = 11 h 50 min
      f.clock.advance(Duration.ofMinutes(10));
      assertThat(f.sessions.isFresh(actor)).isTrue();
    }
    f.clock.advance(Duration.ofMinutes(10));
    assertThat(f.sessions.isFresh(actor)).isFalse();
  }

  @Test
  void aSessionIsOnlyFreshForItsOwnIdentityAndUser() {
    f.signInTotp(slack, u, secret, "");
    User other = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    assertThat(f.sessions.isFresh(new Actor(other.id(), ChannelIdentity.of(Channel.SLACK, slack.id())))).isFalse();
    assertThat(f.sessions.isFresh(new Actor(u.id(), ChannelIdentity.of(Channel.PHONE, slack.id())))).isFalse();
    assertThat(f.sessions.isFresh(new Actor(u.id(), ChannelIdentity.of(Channel.SLACK, "Uother")))).isFalse();
    assertThat(f.sessions.isFresh(Actor.system(Channel.IMPORT))).isTrue();
  }

  @Test
  void signingOutEndsTheSession() {
    f.signInTotp(slack, u, secret, "");
    f.sessions.signOut(slack);
    assertThat(f.sessions.isFresh(actor)).isFalse();
  }

  @Test
  void theStoreForgetsASessionAfterItsIdleTimeout() {
    f.signInTotp(slack, u, secret, "");
    Long ttl = f.redis.getExpire("tenso:auth:session:" + slack.key());
    assertThat(ttl).isBetween(14 * 60L, 15 * 60L);
  }
}
