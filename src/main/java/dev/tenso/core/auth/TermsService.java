package dev.tenso.core.auth;

import dev.tenso.core.auth.TermsAgreements.TermsAgreement;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import java.time.Clock;

/** The terms: shown until the user agrees to the current version, once per version. */
final class TermsService {
  private final TermsCatalog catalog;
  private final TermsAgreements agreements;
  private final Clock clock;

  TermsService(TermsCatalog catalog, TermsAgreements agreements, Clock clock) {
    this.catalog = catalog;
    this.agreements = agreements;
    this.clock = clock;
  }

  Terms current() {
    return catalog.current();
  }

  boolean needsAgreement(UserId user) {
    return agreements.find(user, catalog.current().version()).isEmpty();
  }

  /** Whether the user ever agreed to the terms (the last step of registration). */
  boolean everAgreed(UserId user) {
    return agreements.agreedAny(user);
  }

  /** Agrees to the given version; only the current one may be agreed to. */
  Outcome<TermsAgreement> agree(UserId user, String version) {
    if (version == null || !version.equals(catalog.current().version())) {
      return Outcome.rejected("version", ErrorCode.TERMS_VERSION_OUTDATED);
    }
    return Outcome.ok(agreements.agree(user, version, clock.instant()));
  }
}
