package dev.tenso.testsupport;

import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Onboarding;
import dev.tenso.core.directory.User;
import java.time.Instant;

/**
 * Onboarding for tests of the directory's own rules: sends no registration mail (answers an
 * expiry as if it had), resets nothing, and answers whether registration was finished as told
 * (the real one is sign-in's, tested with it).
 */
public record QuietOnboarding(boolean finished) implements Onboarding {
  public static Onboarding registered() {
    return new QuietOnboarding(true);
  }

  @Override
  public Outcome<Instant> startRegistration(User user) {
    return Outcome.ok(Instant.EPOCH);
  }

  @Override
  public boolean registrationFinished(UserId user) {
    return finished;
  }

  @Override
  public void resetSecondFactor(UserId user) {}
}
