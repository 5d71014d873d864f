package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.notify.Mail;
import dev.tenso.testsupport.SecretsSeen;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Single use holds under races: the store's check-and-delete lets exactly one caller through. */
class RaceTest {
  private final AuthFixture f = new AuthFixture();

  /** Runs {@code attempt} on {@code parallel} threads released at once; counts the trues. */
  static int successes(int parallel, BooleanSupplier attempt) throws Exception {
    var gate = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(parallel);
    try {
      var results = new ArrayList<Future<Boolean>>();
      for (int i = 0; i < parallel; i++) {
        Callable<Boolean> c = () -> {
          gate.await();
          return attempt.getAsBoolean();
        };
        results.add(pool.submit(c));
      }
      gate.countDown();
      int ok = 0;
      for (var r : results) {
        ok += r.get(20, TimeUnit.SECONDS) ? 1 : 0;
      }
      return ok;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneMailCodeSubmittedTwentyTimesAtOnceWorksOnce() throws Exception {
    User u = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
    var sent = f.parts.mail.send(u).orElseThrow();
    SecretsSeen.remember(sent.challengeId());
    String code = f.mailer.lastCode(u.id()).code();
    assertThat(successes(20, () -> f.parts.mail.verify(u.id(), sent.challengeId(), code)))
        .isEqualTo(1);
  }

  @Test
  void oneRegistrationCodeConfirmedTwentyTimesAtOnceWorksOnce() throws Exception {
    User u = f.user(SecondFactor.MAIL_OTP, UserStatus.PENDING);
    Mail.Registration mail = f.register(u);
    var who = AuthFixture.slack();
    f.identify(who, u);
    f.signIn.submit(who, new SignInInput.RegistrationCode(mail.linkToken()));
    var claim = new SignInInput.Identity(u.email().value(), u.name(), u.phone());
    assertThat(successes(20, () -> f.signIn.submit(who, claim).problems().isEmpty()))
        .isEqualTo(1);
  }
}
