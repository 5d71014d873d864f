package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.InterleavedUsers;
import dev.tenso.testsupport.SecretsSeen;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * An administrator disables a user who is finishing registration (or being imported as
 * registered): whichever comes first, the disabled user never ends ACTIVE, and the door answers
 * them like nobody.
 */
class DisableRaceTest {
  private final AuthFixture f = new AuthFixture();
  private final ChannelIdentity who = AuthFixture.slack();
  private final Actor admin = Actor.system(Channel.CONSOLE);
  private final SignInInput agree = new SignInInput.AgreeTerms("2026-04");

  /** A PENDING TOTP user whose next registration step, through {@code who}, is the terms. */
  private User atTerms(AuthFixture fixture) {
    User u = fixture.user(SecondFactor.TOTP, UserStatus.PENDING);
    Mail.Registration mail = fixture.register(u);
    fixture.identify(who, u);
    fixture.signIn.submit(who, new SignInInput.RegistrationCode(mail.linkToken()));
    var setup = (SignInStep.TotpSetup) fixture.signIn.submit(who,
        new SignInInput.Identity(u.email().value(), u.name(), u.phone())).step();
    String key = SecretsSeen.remember(setup.key());
    fixture.signIn.submit(who, new SignInInput.Code(fixture.codeAt(key, 0)));
    return u;
  }

  private UserStatus status(User u) {
    return f.users.byId(u.id()).orElseThrow().status();
  }

  @Test
  void aUserDisabledBeforeTheTermsIsAnsweredLikeNobody() {
    User u = atTerms(f);
    f.admin.disableUser(admin, u.id().value()).orElseThrow();

    assertThat(f.signIn.submit(who, agree).step()).isEqualTo(SignInUseCases.unknownStep());
    assertThat(status(u)).isEqualTo(UserStatus.DISABLED);
  }

  @Test
  void reEnablingNeverSkipsRegistration() {
    User unfinished = atTerms(f);
    f.admin.disableUser(admin, unfinished.id().value()).orElseThrow();
    assertThat(f.admin.enableUser(admin, unfinished.id().value()).orElseThrow().status())
        .isEqualTo(UserStatus.PENDING);
    // still PENDING: the next step is still the terms, then ACTIVE
    f.identify(who, unfinished);
    assertThat(f.signIn.submit(who, agree).step()).isInstanceOf(SignInStep.SignedIn.class);
    assertThat(status(unfinished)).isEqualTo(UserStatus.ACTIVE);

    f.admin.disableUser(admin, unfinished.id().value()).orElseThrow(); // finished now
    assertThat(f.admin.enableUser(admin, unfinished.id().value()).orElseThrow().status())
        .isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void aDisableBetweenTheTermsReadAndWriteWins() {
    var users = new InterleavedUsers(f.users);
    var racing = new AuthFixture(f.settings, users);
    User u = atTerms(racing);
    users.meanwhile(1, x -> x.withStatus(UserStatus.DISABLED));

    assertThat(racing.signIn.submit(who, agree).step()).isEqualTo(SignInUseCases.unknownStep());
    assertThat(users.updates()).isEqualTo(1);
    assertThat(status(u)).isEqualTo(UserStatus.DISABLED);
    assertThat(f.audit.forUser(u.id().value(), 10)).isEmpty();
  }

  @Test
  void aDisableBetweenTheImportsReadAndWriteWins() {
    var users = new InterleavedUsers(f.users);
    var racing = new AuthFixture(f.settings, users);
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    users.meanwhile(1, x -> x.withStatus(UserStatus.DISABLED));

    assertThat(racing.accounts.importRegistered(u.id(), null).orElseThrow().status())
        .isEqualTo(UserStatus.DISABLED);
    assertThat(status(u)).isEqualTo(UserStatus.DISABLED);
  }

  /** The terms and the disable released at once, many times: always DISABLED at the end. */
  @Test
  void registrationRacingADisableNeverLeavesTheUserActive() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> wrong = new ArrayList<>();
    try {
      for (int round = 0; round < 20; round++) {
        User u = atTerms(f);
        CyclicBarrier start = new CyclicBarrier(2);
        Future<SignInAnswer> enrol = pool.submit(at(start, () -> f.signIn.submit(who, agree)));
        Future<?> disable = pool.submit(at(start,
            () -> f.admin.disableUser(admin, u.id().value()).orElseThrow()));
        disable.get();
        SignInStep step = enrol.get().step();
        assertThat(step instanceof SignInStep.SignedIn || step.equals(SignInUseCases.unknownStep()))
            .as("registration answered %s", step).isTrue();
        if (status(u) != UserStatus.DISABLED) {
          wrong.add("round " + round + ": " + status(u));
        }
      }
    } finally {
      pool.shutdown();
    }
    assertThat(wrong).as("rounds where the disabled user did not end DISABLED").isEmpty();
  }

  private static <T> Callable<T> at(CyclicBarrier start, Callable<T> work) {
    return () -> {
      start.await();
      return work.call();
    };
  }
}
