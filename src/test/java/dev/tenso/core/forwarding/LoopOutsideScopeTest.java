package dev.tenso.core.forwarding;

import static dev.tenso.core.Fixtures.ipVoice;
import static dev.tenso.core.Fixtures.onTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.inventory.IpNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A loop through a number outside the acting user's scope is refused like any destination that
 * cannot be used (DESTINATION_NOT_ALLOWED): no word that B is a tenso number or where it forwards.
 */
class LoopOutsideScopeTest {
  static final String A = "050-1111-0001";
  static final String B = "050-2222-0002";
  static final String C = "050-3333-0003";
  static final Violation LOOP = Violation.of("active", ErrorCode.DESTINATION_LOOP, "slot", 1);
  static final Violation NOT_ALLOWED = Violation.of("active", ErrorCode.DESTINATION_NOT_ALLOWED);

  static Stream<Arguments> chains() {
    var bToA = Map.of(B, onTo(A));
    var bToCToA = Map.of(B, onTo(C), C, onTo(A));
    return Stream.of(
        Arguments.of("A->B->A, B seen", B, bToA, Set.of(B), List.of(LOOP)),
        Arguments.of("A->B->A, B not seen", B, bToA, Set.of(), List.of(NOT_ALLOWED)),
        Arguments.of("A->B->C->A, all seen", B, bToCToA, Set.of(B, C), List.of(LOOP)),
        Arguments.of("A->B->C->A, C not seen", B, bToCToA, Set.of(B), List.of(NOT_ALLOWED)),
        Arguments.of("A->B->C->A, B not seen", B, bToCToA, Set.of(C), List.of(NOT_ALLOWED)),
        Arguments.of("A->B->mobile, B not seen", B, Map.of(B, onTo("090-1234-5678")), Set.of(),
            List.of()),
        Arguments.of("A->B entered as 010-81, B->A, seen", "010-81-50-2222-0002", bToA,
            Set.of(B), List.of(LOOP)),
        Arguments.of("A->B->A entered as 010-81, not seen", B, Map.of(B, onTo("0108150111100"
            + "01")), Set.of(), List.of(NOT_ALLOWED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void aLoopIsNamedOnlyWhenTheUserSeesEveryNumberOfIt(String name, String destination,
      Map<String, ForwardingSetting> settings, Set<String> seen, List<Violation> expected) {
    var v = ForwardingRules.validate(ipVoice(A), onTo(destination),
        ip -> Optional.ofNullable(settings.get(ip.display())),
        ip -> seen.stream().map(IpNumber::of).anyMatch(ip::equals));
    assertThat(v).containsExactlyElementsOf(expected);
    assertThat(v.toString()).doesNotContain("2222", "3333");
  }
}
