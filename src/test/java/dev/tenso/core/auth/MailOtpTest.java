package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.testsupport.SecretsSeen;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mail codes against real Redis: expiry, single use, binding, replacement, send limit. */
class MailOtpTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);

  private MailOtp.Sent send() {
    MailOtp.Sent sent = f.parts.mail.send(u).orElseThrow();
    SecretsSeen.remember(sent.challengeId());
    return sent;
  }

  @Test
  void theMailCarriesSixDigitsAndTheExpiryTenMinutesAhead() {
    MailOtp.Sent sent = send();
    var mail = f.mailer.lastCode(u.id());
    assertThat(mail.code()).matches("[0-9]{6}");
    assertThat(mail.expiresAt()).isEqualTo(AuthFixture.START.plus(Duration.ofMinutes(10)))
        .isEqualTo(sent.expiresAt());
    assertThat(sent.challengeId()).hasSizeGreaterThanOrEqualTo(22); // >= 128 bits, base64url
    assertThat(mail.toString()).doesNotContain(mail.code());
  }

  @ParameterizedTest(name = "entered {0} s after sending: accepted={1}")
  @CsvSource({"0, true", "599, true", "601, false", "3600, false"})
  void validForTenMinutes(int secondsLater, boolean accepted) {
    MailOtp.Sent sent = send();
    f.clock.advance(Duration.ofSeconds(secondsLater));
    String code = f.mailer.lastCode(u.id()).code();
    assertThat(f.parts.mail.verify(u.id(), sent.challengeId(), code)).isEqualTo(accepted);
  }

  @Test
  void singleUse() {
    MailOtp.Sent sent = send();
    String code = f.mailer.lastCode(u.id()).code();
    assertThat(f.parts.mail.verify(u.id(), sent.challengeId(), code)).isTrue();
    assertThat(f.parts.mail.verify(u.id(), sent.challengeId(), code)).isFalse();
  }

  @Test
  void askingAgainKillsThePreviousCode() {
    MailOtp.Sent first = send();
    String oldCode = f.mailer.lastCode(u.id()).code();
    MailOtp.Sent second = send();
    String newCode = f.mailer.lastCode(u.id()).code();
    assertThat(f.parts.mail.verify(u.id(), first.challengeId(), oldCode)).isFalse();
    assertThat(f.parts.mail.verify(u.id(), second.challengeId(), oldCode))
        .as("old code under the new challenge").isEqualTo(oldCode.equals(newCode));
    assertThat(f.parts.mail.verify(u.id(), second.challengeId(), newCode))
        .isEqualTo(!oldCode.equals(newCode));
  }

  @Test
  void boundToItsChallenge() {
    send();
    String code = f.mailer.lastCode(u.id()).code();
    String otherChallenge = SecretsSeen.remember(f.parts.random.token(24));
    assertThat(f.parts.mail.verify(u.id(), otherChallenge, code)).isFalse();
  }

  @Test
  void aWrongCodeFailsAndLeavesTheRightOneUsable() {
    MailOtp.Sent sent = send();
    String code = f.mailer.lastCode(u.id()).code();
    assertThat(f.parts.mail.verify(u.id(), sent.challengeId(), AuthFixture.wrong(code))).isFalse();
    assertThat(f.parts.mail.verify(u.id(), sent.challengeId(), code)).isTrue();
  }

  @Test
  void theSixthSendWithinFifteenMinutesIsRefusedAndAllowedAgainLater() {
    for (int i = 0; i < 5; i++) {
      send();
      f.clock.advance(Duration.ofMinutes(2));
    }
    Outcome<MailOtp.Sent> sixth = f.parts.mail.send(u);
    assertThat(sixth.violations()).extracting(v -> v.code())
        .containsExactly(ErrorCode.TOO_MANY_CODES_SENT);
    assertThat(f.mailer.to(u.id())).hasSize(5);
    f.clock.advance(Duration.ofMinutes(6)); // the first send is now more than 15 min back
    assertThat(f.parts.mail.send(u).isOk()).isTrue();
  }

  @Test
  void theStoreHoldsAHashNotTheCode() {
    send();
    String code = f.mailer.lastCode(u.id()).code();
    var raw = f.redis.opsForHash().entries("tenso:auth:mail-code:{" + u.id().value() + "}");
    assertThat(raw).isNotEmpty();
    assertThat(raw.values()).allSatisfy(v -> assertThat((String) v).isNotEqualTo(code));
  }

  @Test
  void mailCodesCanBeSwitchedOff() {
    var off = new AuthFixture(AuthSettings.defaults().withMailOtpEnabled(false));
    User v = off.user(SecondFactor.MAIL_OTP, UserStatus.ACTIVE);
    assertThat(off.parts.mail.send(v).violations()).extracting(x -> x.code())
        .containsExactly(ErrorCode.SECOND_FACTOR_NOT_ALLOWED);
    assertThat(off.mailer.to(v.id())).isEmpty();
  }
}
