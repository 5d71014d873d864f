package dev.tenso.core.auth;

import static dev.tenso.core.auth.AuthFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.auth.SignInStep.IdentityCheck;
import dev.tenso.core.auth.SignInStep.Locked;
import dev.tenso.core.auth.SignInStep.MailCodeSent;
import dev.tenso.core.auth.SignInStep.Refused;
import dev.tenso.core.auth.SignInStep.RegistrationCode;
import dev.tenso.core.auth.SignInStep.SignedIn;
import dev.tenso.core.auth.SignInStep.TermsToAgree;
import dev.tenso.core.auth.SignInStep.TotpCode;
import dev.tenso.core.auth.SignInStep.TotpSetup;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.SecretsSeen;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sign-in steps through the one door, one row per user state: what {@code next} asks, and
 * where the right input to it leads. Every row runs on the real Redis adapters.
 */
class SignInStepsTest {
  private final AuthFixture f = new AuthFixture();

  /**
   * One state: how to bring a user into it, through which channel; the step asked; the input
   * that answers it (null: nothing to answer) and the step it leads to.
   */
  record Row(Function<AuthFixture, User> given, boolean phone, Class<?> asked,
      Answer answer, Class<?> then) {}

  /** The input that answers the step, made from the user and what was mailed to them. */
  interface Answer {
    SignInInput of(AuthFixture f, User u, SignInStep asked);
  }

  static Stream<Arguments> states() {
    return Stream.of(
        Arguments.of("PENDING, registration open, Slack: the link token",
            new Row(f -> pending(f, SecondFactor.TOTP, true), false, RegistrationCode.class,
                (f, u, s) -> new SignInInput.RegistrationCode(
                    f.mailer.lastRegistration(u.id()).linkToken()), IdentityCheck.class)),
        Arguments.of("PENDING, registration open, phone: the keypad code",
            new Row(f -> pending(f, SecondFactor.MAIL_OTP, true), true, RegistrationCode.class,
                (f, u, s) -> new SignInInput.RegistrationCode(
                    f.mailer.lastRegistration(u.id()).keypadCode()), IdentityCheck.class)),
        Arguments.of("PENDING, no registration open",
            new Row(f -> pending(f, SecondFactor.MAIL_OTP, false), false, Refused.class, null,
                null)),
        Arguments.of("PENDING TOTP user by phone: finish in Slack",
            new Row(f -> pending(f, SecondFactor.TOTP, true), true, Refused.class, null, null)),
        Arguments.of("ACTIVE TOTP",
            new Row(f -> active(f, SecondFactor.TOTP), false, TotpCode.class,
                (f, u, s) -> new SignInInput.Code(f.codeAt(SECRETS.get(u.id().value()), 0)),
                SignedIn.class)),
        Arguments.of("ACTIVE TOTP after an administrator's reset, Slack: set up again",
            new Row(f -> agreed(f, f.user(SecondFactor.TOTP, UserStatus.ACTIVE)), false,
                TotpSetup.class, (f, u, s) -> new SignInInput.Code(f.codeAt(
                    SecretsSeen.remember(((TotpSetup) s).key()), 0)), SignedIn.class)),
        Arguments.of("ACTIVE TOTP after a reset, by phone: finish in Slack",
            new Row(f -> agreed(f, f.user(SecondFactor.TOTP, UserStatus.ACTIVE)), true,
                Refused.class, null, null)),
        Arguments.of("ACTIVE mail code",
            new Row(f -> active(f, SecondFactor.MAIL_OTP), true, MailCodeSent.class,
                (f, u, s) -> new SignInInput.Code(f.mailer.lastCode(u.id()).code()),
                SignedIn.class)),
        Arguments.of("locked",
            new Row(f -> lock(f, active(f, SecondFactor.TOTP)), false, Locked.class, null,
                null)),
        Arguments.of("terms of a newer version to agree",
            new Row(f -> newerTerms(f, active(f, SecondFactor.TOTP)), false, TotpCode.class,
                (f, u, s) -> new SignInInput.Code(f.codeAt(SECRETS.get(u.id().value()), 0)),
                TermsToAgree.class)),
        Arguments.of("DISABLED: like nobody",
            new Row(f -> f.user(SecondFactor.TOTP, UserStatus.DISABLED), false, Refused.class,
                null, null)));
  }

  private static final java.util.Map<String, String> SECRETS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void theDoorAsksTheStepOfEachStateAndTheRightInputMovesOn(String state, Row row) {
    User u = row.given().apply(f);
    ChannelIdentity who = row.phone() ? AuthFixture.phone() : AuthFixture.slack();
    f.identify(who, u);
    SignInAnswer asked = f.signIn.next(who);
    assertThat(asked.step()).isInstanceOf(row.asked());
    assertThat(asked.problems()).isEmpty();
    if (row.answer() == null) {
      return;
    }
    SignInAnswer then = f.signIn.submit(who, row.answer().of(f, u, asked.step()));
    assertThat(then.problems()).isEmpty();
    assertThat(then.step()).isInstanceOf(row.then());
    assertThat(then.addressee()).map(Addressee::user).contains(u.id());
  }

  @Test
  void whatEachStepCarries() {
    User pending = pending(f, SecondFactor.MAIL_OTP, true);
    assertThat(step(AuthFixture.phone(), pending)).isEqualTo(new RegistrationCode());
    assertThat(step(AuthFixture.slack(), pending(f, SecondFactor.MAIL_OTP, false)))
        .isEqualTo(refused(ErrorCode.REGISTRATION_NOT_OPEN));
    assertThat(step(AuthFixture.phone(), pending(f, SecondFactor.TOTP, true)))
        .isEqualTo(refused(ErrorCode.TOTP_SETUP_NOT_ON_PHONE));
    assertThat(step(AuthFixture.phone(), active(f, SecondFactor.MAIL_OTP)))
        .isEqualTo(new MailCodeSent(AuthFixture.START.plus(Duration.ofMinutes(10)), false));
    User locked = lock(f, active(f, SecondFactor.TOTP));
    assertThat(step(AuthFixture.slack(), locked))
        .isEqualTo(new Locked(AuthFixture.START.plus(Duration.ofMinutes(15))));

    User later = newerTerms(f, active(f, SecondFactor.TOTP));
    var who = AuthFixture.slack();
    SignInAnswer terms = f.signInTotp(who, later, SECRETS.get(later.id().value()));
    assertThat(terms.step()).isEqualTo(new TermsToAgree("2026-10", "改定版"));
    assertThat(f.signIn.submit(who, new SignInInput.AgreeTerms("2026-10")).step())
        .isEqualTo(new SignedIn(Optional.empty()));
  }

  @Test
  void aDisabledUserLooksExactlyLikeNobody() {
    User disabled = f.user(SecondFactor.MAIL_OTP, UserStatus.DISABLED);
    var who = AuthFixture.phone();
    SignInAnswer asDisabled = f.identify(who, disabled);
    SignInAnswer asNobody = f.signIn.identify(AuthFixture.phone(),
        new FirstFactorClaim.KeyedPhone("070" + (10_000_000 + new java.util.Random().nextInt(
            89_999_999))));
    assertThat(asDisabled).isEqualTo(asNobody);
    assertThat(asDisabled.addressee()).isEmpty();
    assertThat(codes(((Refused) asDisabled.step()).why()))
        .containsExactly(ErrorCode.IDENTITY_UNKNOWN);
    assertThat(f.signIn.next(who)).isEqualTo(asNobody);
    assertThat(f.mailer.to(disabled.id())).isEmpty();
  }

  @Test
  void identifyingBeginsNothingAndNextAsksOnce() {
    User u = active(f, SecondFactor.MAIL_OTP);
    var who = AuthFixture.slack();
    assertThat(f.identify(who, u).step()).isEqualTo(new SignInStep.Identified());
    assertThat(f.mailer.to(u.id())).isEmpty();
    SignInStep first = f.signIn.next(who).step();
    f.clock.advance(Duration.ofMinutes(3));
    assertThat(f.signIn.next(who).step()).as("the live code is told again").isEqualTo(first);
    assertThat(f.mailer.to(u.id())).hasSize(1);
    f.clock.advance(Duration.ofMinutes(8));
    assertThat(f.signIn.next(who).step()).as("an expired code is replaced")
        .isNotEqualTo(first);
    assertThat(f.mailer.to(u.id())).hasSize(2);
  }

  private SignInStep step(ChannelIdentity who, User u) {
    f.identify(who, u);
    return f.signIn.next(who).step();
  }

  private static Refused refused(ErrorCode code) {
    return new Refused(List.of(dev.tenso.core.common.Violation.of(
        code == ErrorCode.REGISTRATION_NOT_OPEN ? "registration" : "code", code)));
  }

  private static User pending(AuthFixture f, SecondFactor factor, boolean open) {
    User u = f.user(factor, UserStatus.PENDING);
    if (open) {
      f.register(u);
    }
    return u;
  }

  /** ACTIVE, with a second factor set up and the current terms agreed. */
  private static User active(AuthFixture f, SecondFactor factor) {
    User u = agreed(f, f.user(factor, UserStatus.ACTIVE));
    if (factor == SecondFactor.TOTP) {
      SECRETS.put(u.id().value(), f.activeTotpSecret(u));
    }
    return u;
  }

  private static User agreed(AuthFixture f, User u) {
    f.parts.terms.agree(u.id(), f.terms.get().version()).orElseThrow();
    return u;
  }

  private static User lock(AuthFixture f, User u) {
    for (int i = 0; i < f.settings.maxFailures(); i++) {
      f.parts.lockout.failure(u.id(), ErrorCode.CODE_INVALID);
    }
    return u;
  }

  private static User newerTerms(AuthFixture f, User u) {
    f.terms.set(new Terms("2026-10", "改定版", "Revised"));
    return u;
  }
}
