package dev.tenso.core.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import dev.tenso.core.Org;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.Scopes;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForwardingAccessTest {
  static final User OWNER = Fixtures.user("owner", Role.GENERAL, UserStatus.ACTIVE, Set.of(),
      Set.of("050-1000-0001", "050-2000-0001"));

  /**
   * actor: user (ACTIVE general user owning 050-1000-0001 on the opened S1 and 050-2000-0001 on
   * the unopened S2), inactive, admin, system. number "unknown" is not in the inventory.
   */
  @ParameterizedTest(name = "{0} fresh={1} {2}: read {3}, change {4}")
  @CsvSource({
    "user,true,050-1000-0001,,",
    "user,false,050-1000-0001,,SESSION_REQUIRED",
    "user,true,050-1000-0002,NUMBER_NOT_IN_SCOPE,NUMBER_NOT_IN_SCOPE",
    "user,true,unknown,NUMBER_NOT_IN_SCOPE,NUMBER_NOT_IN_SCOPE",
    "user,true,050-2000-0001,,SITE_NOT_OPENED",
    "user,false,050-1000-0002,NUMBER_NOT_IN_SCOPE,SESSION_REQUIRED",
    "inactive,true,050-1000-0001,USER_NOT_ACTIVE,USER_NOT_ACTIVE",
    "admin,true,050-1000-0002,,",
    "admin,true,050-3000-0001,,",
    "admin,true,unknown,NUMBER_NOT_IN_SCOPE,NUMBER_NOT_IN_SCOPE",
    "admin,true,050-2000-0002,,SITE_NOT_OPENED",
    "system,false,050-1000-0002,,",
  })
  void readingAndChangingNeedWhatTheyNeed(String actor, boolean fresh, String number,
      ErrorCode read, ErrorCode change) {
    Outcome<Optional<User>> user = switch (actor) {
      case "user" -> Outcome.ok(Optional.of(OWNER));
      case "admin" -> Outcome.ok(Optional.of(OWNER.withRole(Role.PORTAL_ADMIN)));
      case "system" -> Outcome.ok(Optional.empty());
      default -> Outcome.rejected("user", ErrorCode.USER_NOT_ACTIVE);
    };
    Scope scope = user.isOk()
        ? user.orElseThrow().map(u -> Scopes.of(u, List.of())).orElseGet(Scope::everything)
        : Scopes.of(OWNER, List.of());
    Optional<NumberDetails> details = Org.NUMBERS.stream()
        .filter(n -> n.ip().display().equals(number)).findFirst();
    assertThat(codes(ForwardingAccess.forReading(user, scope, details))).isEqualTo(codes(read));
    assertThat(codes(ForwardingAccess.forChanging(user, fresh, scope, details)))
        .isEqualTo(codes(change));
  }

  static List<ErrorCode> codes(Outcome<?> o) {
    return o.violations().stream().map(Violation::code).toList();
  }

  static List<ErrorCode> codes(ErrorCode c) {
    return c == null ? List.of() : List.of(c);
  }
}
