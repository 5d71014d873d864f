package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A sensitive action asked for without a fresh session waits in the session and runs, through
 * its own use case, when the code (and any newer terms) are accepted; its result comes back
 * with that answer exactly as the use case gave it.
 */
class PendingActionTest {
  private final AuthFixture f = new AuthFixture();
  private final User admin = f.user(SecondFactor.TOTP, UserStatus.ACTIVE, Role.PORTAL_ADMIN);
  private final String secret = f.activeTotpSecret(admin);
  private final User target = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
  private final ChannelIdentity who = AuthFixture.slack();

  {
    f.parts.terms.agree(admin.id(), f.terms.get().version()).orElseThrow();
  }

  private SignInAnswer code() {
    return f.signIn.submit(who, new SignInInput.Code(f.codeAt(secret, 0)));
  }

  private UserStatus status(User u) {
    return f.users.byId(u.id()).orElseThrow().status();
  }

  private static Outcome<User> ranOutcome(SignInAnswer a) {
    var result = ((SignInStep.SignedIn) a.step()).result().orElseThrow();
    return ((ActionResult.UserChanged) result).outcome();
  }

  @Test
  void aWaitingActionRunsThroughItsUseCaseOnceTheCodeIsAccepted() {
    var disable = new PendingAction.DisableUser(target.id().value());
    f.identify(who, admin);
    assertThat(f.signIn.run(who, disable).step()).isEqualTo(new SignInStep.TotpCode());
    assertThat(status(target)).isEqualTo(UserStatus.ACTIVE);

    SignInAnswer done = code();
    var result = (ActionResult.UserChanged)
        ((SignInStep.SignedIn) done.step()).result().orElseThrow();
    assertThat(result.action()).isEqualTo(disable);
    assertThat(result.outcome().orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
    assertThat(status(target)).isEqualTo(UserStatus.DISABLED);
    assertThat(f.audit.forUser(target.id().value(), 5)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.disable");
      assertThat(e.actor()).isEqualTo(admin.id().value());
      assertThat(e.channel()).isEqualTo("slack");
    });
    assertThat(f.sessions.find(who).orElseThrow().pending()).as("taken out").isEmpty();
  }

  @Test
  void withAFreshSessionTheActionRunsAtOnce() {
    f.signInTotp(who, admin, secret);
    SignInAnswer now = f.signIn.run(who, new PendingAction.DisableUser(target.id().value()));
    assertThat(ranOutcome(now).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
  }

  @Test
  void theWaitingActionAlsoWaitsForNewerTerms() {
    f.terms.set(new Terms("2026-10", "改定版", "Revised"));
    f.identify(who, admin);
    f.signIn.run(who, new PendingAction.DisableUser(target.id().value()));
    assertThat(code().step()).isEqualTo(new SignInStep.TermsToAgree("2026-10", "改定版"));
    assertThat(status(target)).isEqualTo(UserStatus.ACTIVE);
    assertThat(f.sessions.isFresh(AuthFixture.actor(admin, who))).isFalse();

    SignInAnswer agreed = f.signIn.submit(who, new SignInInput.AgreeTerms("2026-10"));
    assertThat(ranOutcome(agreed).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
  }

  @Test
  void aRefusedActionComesBackAsItsUseCaseRefusedIt() {
    User general = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);
    String generalSecret = f.activeTotpSecret(general);
    f.parts.terms.agree(general.id(), f.terms.get().version()).orElseThrow();
    f.identify(who, general);
    f.signIn.run(who, new PendingAction.DisableUser(target.id().value()));
    SignInAnswer done = f.signIn.submit(who, new SignInInput.Code(f.codeAt(generalSecret, 0)));
    assertThat(codes(ranOutcome(done).violations())).containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(status(target)).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void aLaterActionReplacesTheOneWaiting() {
    User other = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
    f.identify(who, admin);
    f.signIn.run(who, new PendingAction.DisableUser(target.id().value()));
    f.signIn.run(who, new PendingAction.ChangeRole(other.id().value(), "PORTAL_ADMIN"));
    assertThat(ranOutcome(code()).orElseThrow().role()).isEqualTo(Role.PORTAL_ADMIN);
    assertThat(status(target)).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void aLockedUsersActionWaitsAndNothingRuns() {
    f.signInTotp(who, admin, secret);
    for (int i = 0; i < 5; i++) {
      f.parts.lockout.failure(admin.id(), ErrorCode.CODE_INVALID);
    }
    assertThat(f.signIn.run(who, new PendingAction.DisableUser(target.id().value())).step())
        .isEqualTo(new SignInStep.Locked(AuthFixture.START.plus(Duration.ofMinutes(15))));
    assertThat(status(target)).isEqualTo(UserStatus.ACTIVE);
  }
}
