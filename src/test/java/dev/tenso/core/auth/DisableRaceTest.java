package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.DirectoryUseCases;
import dev.tenso.core.directory.Onboarding;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.redis.RedisUserGroups;
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
 * An administrator disables a user who is finishing enrolment (or being imported as registered):
 * whichever comes first, the disabled user never ends ACTIVE.
 */
class DisableRaceTest {
  private final AuthFixture f = new AuthFixture();
  private final ChannelIdentity who = AuthFixture.phone();
  private final DirectoryUseCases directory = new DirectoryUseCases(f.users,
      new RedisUserGroups(f.redis), actor -> true, new Onboarding() {
        @Override
        public void userAdded(User user) {
          f.registration.startRegistration(user);
        }

        @Override
        public boolean registrationFinished(UserId user) {
          return f.termsService.everAgreed(user);
        }
      }, f.clock);
  private final Actor admin = Actor.system(Channel.CONSOLE);

  /** A PENDING TOTP user whose next enrolment step is agreeing to the terms. */
  private User atTerms() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    f.registration.startRegistration(u).orElseThrow();
    Mail.Registration mail = f.mailer.lastRegistration(u.id());
    f.registration.confirmIdentity(who, new IdentityClaim(u.id(), mail.keypadCode(),
        u.email().value(), u.name(), u.phone())).orElseThrow();
    var setup = (Challenge.TotpSetup) f.enrolment.beginSecondFactor(who, u.id()).orElseThrow();
    String key = SecretsSeen.remember(setup.key());
    f.enrolment.completeSecondFactor(who, u.id(), f.codeAt(key, 0)).orElseThrow();
    return u;
  }

  private UserStatus status(User u) {
    return f.users.byId(u.id()).orElseThrow().status();
  }

  @Test
  void aUserDisabledDuringEnrolmentCannotFinishIt() {
    User u = atTerms();
    directory.disableUser(admin, u.id()).orElseThrow();

    assertThat(codes(f.enrolment.agreeTerms(who, u.id(), f.enrolment.terms().version())))
        .containsExactly(ErrorCode.USER_DISABLED);
    assertThat(status(u)).isEqualTo(UserStatus.DISABLED);
  }

  @Test
  void reEnablingNeverSkipsRegistration() {
    User unfinished = atTerms();
    directory.disableUser(admin, unfinished.id()).orElseThrow();
    assertThat(directory.enableUser(admin, unfinished.id()).orElseThrow().status())
        .isEqualTo(UserStatus.PENDING);
    // still PENDING: the next step is still the terms, then ACTIVE
    assertThat(f.enrolment.agreeTerms(who, unfinished.id(), f.enrolment.terms().version())
        .isOk()).isTrue();
    assertThat(status(unfinished)).isEqualTo(UserStatus.ACTIVE);

    directory.disableUser(admin, unfinished.id()).orElseThrow(); // now a finished registration
    assertThat(directory.enableUser(admin, unfinished.id()).orElseThrow().status())
        .isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void aUserDisabledBeforeTheSecondFactorIsToldSo() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    f.registration.startRegistration(u).orElseThrow();
    Mail.Registration mail = f.mailer.lastRegistration(u.id());
    f.registration.confirmIdentity(who, new IdentityClaim(u.id(), mail.keypadCode(),
        u.email().value(), u.name(), u.phone())).orElseThrow();
    directory.disableUser(admin, u.id()).orElseThrow();

    assertThat(codes(f.enrolment.beginSecondFactor(who, u.id())))
        .containsExactly(ErrorCode.USER_DISABLED);
    assertThat(status(u)).isEqualTo(UserStatus.DISABLED);
  }

  @Test
  void aDisableBetweenEnrolmentsReadAndWriteWins() {
    User u = atTerms();
    var users = new InterleavedUsers(f.users);
    var enrolment = new EnrolmentService(users, f.registrations, f.totp, f.mailOtp, f.lockout,
        f.termsService, f.settings, f.clock);
    users.meanwhile(1, x -> x.withStatus(UserStatus.DISABLED));

    assertThat(codes(enrolment.agreeTerms(who, u.id(), f.enrolment.terms().version())))
        .containsExactly(ErrorCode.USER_DISABLED);
    assertThat(users.updates()).isEqualTo(1);
    assertThat(status(u)).isEqualTo(UserStatus.DISABLED);
    assertThat(f.audit.forUser(u.id().value(), 10)).isEmpty();
  }

  @Test
  void aDisableBetweenTheImportsReadAndWriteWins() {
    User u = f.user(SecondFactor.TOTP, UserStatus.PENDING);
    var users = new InterleavedUsers(f.users);
    var registration = new RegistrationService(users, f.registrations, f.hasher, f.mailer,
        f.lockout, f.totp, f.random, f.settings, f.clock);
    users.meanwhile(1, x -> x.withStatus(UserStatus.DISABLED));

    assertThat(registration.importRegistered(u.id(), null).orElseThrow().status())
        .isEqualTo(UserStatus.DISABLED);
    assertThat(status(u)).isEqualTo(UserStatus.DISABLED);
  }

  /** Enrolment and the disable released at once, many times: always DISABLED at the end. */
  @Test
  void enrolmentRacingADisableNeverLeavesTheUserActive() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> wrong = new ArrayList<>();
    try {
      for (int round = 0; round < 20; round++) {
        User u = atTerms();
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Outcome<User>> enrol = pool.submit(at(start,
            () -> f.enrolment.agreeTerms(who, u.id(), f.enrolment.terms().version())));
        Future<Outcome<User>> disable = pool.submit(at(start,
            () -> directory.disableUser(admin, u.id())));
        assertThat(disable.get().isOk()).as("disable answered %s", disable.get()).isTrue();
        Outcome<User> enrolled = enrol.get();
        assertThat(enrolled.isOk() || codes(enrolled).equals(List.of(ErrorCode.USER_DISABLED)))
            .as("enrolment answered %s", enrolled).isTrue();
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
