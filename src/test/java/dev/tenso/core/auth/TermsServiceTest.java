package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Agreement to the terms, once per version, with its time, in real Redis. */
class TermsServiceTest {
  private final AuthFixture f = new AuthFixture();
  private final User u = f.user(SecondFactor.TOTP, UserStatus.ACTIVE);

  @Test
  void agreementIsStoredWithTimeAndVersionOncePerVersion() {
    assertThat(f.termsService.needsAgreement(u.id())).isTrue();
    var first = f.termsService.agree(u.id(), "2026-04").orElseThrow();
    assertThat(first.version()).isEqualTo("2026-04");
    assertThat(first.at()).isEqualTo(AuthFixture.START);

    f.clock.advance(Duration.ofHours(1));
    assertThat(f.termsService.agree(u.id(), "2026-04").orElseThrow().at())
        .as("agreeing again keeps the first time").isEqualTo(AuthFixture.START);
    assertThat(f.termsService.needsAgreement(u.id())).isFalse();
  }

  @Test
  void aNewVersionNeedsANewAgreementAndTheOldOneIsRefused() {
    f.termsService.agree(u.id(), "2026-04").orElseThrow();
    f.terms.set(new Terms("2026-10", "改定版", "Revised"));
    assertThat(f.termsService.needsAgreement(u.id())).isTrue();
    assertThat(f.termsService.agree(u.id(), "2026-04").violations()).extracting(v -> v.code())
        .containsExactly(ErrorCode.TERMS_VERSION_OUTDATED);
    f.termsService.agree(u.id(), "2026-10").orElseThrow();
    assertThat(f.termsService.needsAgreement(u.id())).isFalse();
  }

  @Test
  void signInSaysWhenTheTermsAreStillToBeAgreed() {
    String secret = f.activeTotpSecret(u);
    assertThat(f.signInTotp(AuthFixture.slack(), u, secret, "").termsToAgree()).isTrue();
    f.termsService.agree(u.id(), "2026-04").orElseThrow();
    f.clock.advance(Duration.ofSeconds(30));
    assertThat(f.signInTotp(AuthFixture.slack(), u, secret, "").termsToAgree()).isFalse();
  }

  @Test
  void theTextComesInTheUsersLanguage() {
    Terms t = f.termsService.current();
    assertThat(t.text(Language.JA)).isEqualTo("個人情報保護規約");
    assertThat(t.text(Language.EN)).isEqualTo("Privacy terms");
  }
}
