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
    assertThat(f.parts.terms.needsAgreement(u.id())).isTrue();
    var first = f.parts.terms.agree(u.id(), "2026-04").orElseThrow();
    assertThat(first.version()).isEqualTo("2026-04");
    assertThat(first.at()).isEqualTo(AuthFixture.START);

    f.clock.advance(Duration.ofHours(1));
    assertThat(f.parts.terms.agree(u.id(), "2026-04").orElseThrow().at())
        .as("agreeing again keeps the first time").isEqualTo(AuthFixture.START);
    assertThat(f.parts.terms.needsAgreement(u.id())).isFalse();
  }

  @Test
  void aNewVersionNeedsANewAgreementAndTheOldOneIsRefused() {
    f.parts.terms.agree(u.id(), "2026-04").orElseThrow();
    f.terms.set(new Terms("2026-10", "改定版", "Revised"));
    assertThat(f.parts.terms.needsAgreement(u.id())).isTrue();
    assertThat(f.parts.terms.agree(u.id(), "2026-04").violations()).extracting(v -> v.code())
        .containsExactly(ErrorCode.TERMS_VERSION_OUTDATED);
    f.parts.terms.agree(u.id(), "2026-10").orElseThrow();
    assertThat(f.parts.terms.needsAgreement(u.id())).isFalse();
  }

  @Test
  void signInAsksForTheTermsUntilTheyAreAgreed() {
    String secret = f.activeTotpSecret(u);
    assertThat(f.signInTotp(AuthFixture.slack(), u, secret).step())
        .isInstanceOf(SignInStep.TermsToAgree.class);
    f.parts.terms.agree(u.id(), "2026-04").orElseThrow();
    f.clock.advance(Duration.ofSeconds(30));
    assertThat(f.signInTotp(AuthFixture.slack(), u, secret).step())
        .isInstanceOf(SignInStep.SignedIn.class);
  }

  @Test
  void theTextComesInTheUsersLanguage() {
    Terms t = f.parts.terms.current();
    assertThat(t.text(Language.JA)).isEqualTo("個人情報保護規約");
    assertThat(t.text(Language.EN)).isEqualTo("Privacy terms");
  }
}
