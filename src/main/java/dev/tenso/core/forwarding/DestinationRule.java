package dev.tenso.core.forwarding;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.NumberDetails;
import java.util.Optional;

/**
 * The rules of one destination text (転送先, §5): its one error, the most specific, or none.
 * Every number: half-width digits and hyphens, not a special number (1XX), starting with 0, at
 * most 32 digits (28 with Members Net) and at least 10, a known country code after {@code 010},
 * not the number itself (also when entered as {@code 010-81-...}). Where tenso routes the calls
 * itself, the E.164 form ({@code +81...} or {@code +<country>...}) must fit in 15 digits; where
 * the carrier routes them, the carrier's 32/28-digit limit is the only length rule.
 */
final class DestinationRule {
  private DestinationRule() {}

  static Optional<Violation> check(NumberDetails n, String field, String text) {
    Optional<String> parsed = Dialable.digits(text);
    if (parsed.isEmpty()) {
      return Optional.of(Violation.of(field, ErrorCode.DESTINATION_INVALID_CHARACTERS));
    }
    String d = parsed.get();
    int max = n.contract().maxDestinationDigits();
    ErrorCode code = null;
    if (d.startsWith("1")) {
      code = ErrorCode.DESTINATION_SPECIAL_NUMBER;
    } else if (!d.startsWith("0")) {
      code = ErrorCode.DESTINATION_MUST_START_WITH_ZERO;
    } else if (d.length() > max) {
      return Optional.of(Violation.of(field, ErrorCode.DESTINATION_TOO_LONG, "max", max));
    } else if (d.length() < ForwardingRules.MIN_DESTINATION_DIGITS) {
      return Optional.of(Violation.of(field, ErrorCode.DESTINATION_TOO_SHORT,
          "min", ForwardingRules.MIN_DESTINATION_DIGITS));
    } else if (!Dialable.knownCountry(d)) {
      code = ErrorCode.DESTINATION_COUNTRY_UNKNOWN;
    } else if (Dialable.national(d).filter(n.ip().digits()::equals).isPresent()) {
      code = ErrorCode.DESTINATION_IS_SELF;
    } else if (n.number().routedByTenso() && !Dialable.fitsE164(d)) {
      code = ErrorCode.DESTINATION_NOT_E164;
    }
    return Optional.ofNullable(code).map(c -> Violation.of(field, c));
  }
}
