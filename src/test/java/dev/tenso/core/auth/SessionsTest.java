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

/** Sessions per channel identity: idle timeout, absolute lifetime, renewal, logout. */
class SessionsTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
  private final String secret = f.activeTotpSecret(u);
  private final ChannelIdentity slack = AuthFixture.slack();
  private final Actor actor = AuthFixture.actor(u, slack);

  {
    f.parts.terms.agree(u.id(), f.terms.get().version()).orElseThrow();
  }

  private String sessionId() {
    return f.sessions.find(slack).orElseThrow().id();
  }

  @Test
  void signInGivesAFreshSessionWithALongId() {
    f.signInTotp(slack, u, secret);
    assertThat(sessionId()).matches("[A-Za-z0-9_-]{32}"); // 24 random bytes
    assertThat(f.sessions.find(slack).orElseThrow().toString()).doesNotContain(sessionId());
    assertThat(f.sessions.isFresh(actor)).isTrue();
  }

  @Test
  void identifiedOrAskedIsNotFresh() {
    assertThat(f.sessions.isFresh(actor)).isFalse();
    f.identify(slack, u);
    assertThat(f.sessions.isFresh(actor)).isFalse();
    f.signIn.next(slack); // asked, not yet answered
    assertThat(f.sessions.isFresh(actor)).isFalse();
  }

  @Test
  void theIdIsRenewedAtEverySignIn() {
    f.signInTotp(slack, u, secret);
    String first = sessionId();
    f.signIn.logout(slack);
    f.clock.advance(Duration.ofSeconds(30));
    f.signInTotp(slack, u, secret);
    assertThat(sessionId()).isNotEqualTo(first);
  }

  @Test
  void idleForFifteenMinutesEndsTheSession() {
    f.signInTotp(slack, u, secret);
    f.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(f.sessions.isFresh(actor)).as("used just in time: the idle clock restarts")
        .isTrue();
    f.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(f.sessions.isFresh(actor)).isTrue();
    f.clock.advance(Duration.ofMinutes(15));
    assertThat(f.sessions.isFresh(actor)).isFalse();
    assertThat(f.signIn.next(slack).step()).isEqualTo(new SignInStep.TotpCode());
  }

  @Test
  void twelveHoursEndTheSessionHoweverBusy() {
    f.signInTotp(slack, u, secret);
    for (int i = 0; i < 71; i++) { // 71 x 10 min = 11 h 50 min
      f.clock.advance(Duration.ofMinutes(10));
      assertThat(f.sessions.isFresh(actor)).isTrue();
    }
    f.clock.advance(Duration.ofMinutes(10));
    assertThat(f.sessions.isFresh(actor)).isFalse();
  }

  @Test
  void aSessionIsOnlyFreshForItsOwnIdentityAndUser() {
    f.signInTotp(slack, u, secret);
    User other = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    assertThat(f.sessions.isFresh(AuthFixture.actor(other, slack))).isFalse();
    assertThat(f.sessions.isFresh(AuthFixture.actor(u,
        ChannelIdentity.of(Channel.PHONE, slack.id())))).isFalse();
    assertThat(f.sessions.isFresh(AuthFixture.actor(u,
        ChannelIdentity.of(Channel.SLACK, "Uother")))).isFalse();
    assertThat(f.sessions.isFresh(Actor.system(Channel.IMPORT))).isTrue();
  }

  @Test
  void identifyingAsSomebodyElseEndsTheSession() {
    f.signInTotp(slack, u, secret);
    User other = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    f.identify(slack, other);
    assertThat(f.sessions.isFresh(actor)).isFalse();
    assertThat(f.identify(slack, u).step()).isEqualTo(new SignInStep.Identified());
  }

  @Test
  void loggingOutEndsTheSession() {
    f.signInTotp(slack, u, secret);
    f.signIn.logout(slack);
    assertThat(f.sessions.isFresh(actor)).isFalse();
    assertThat(f.identify(slack, u).step()).isEqualTo(new SignInStep.Identified());
  }

  @Test
  void theStoreForgetsASessionAfterItsIdleTimeout() {
    f.signInTotp(slack, u, secret);
    Long ttl = f.redis.getExpire("tenso:auth:session:" + slack.key());
    assertThat(ttl).isBetween(14 * 60L, 15 * 60L);
  }
}
