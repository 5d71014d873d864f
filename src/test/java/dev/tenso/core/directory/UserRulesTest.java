package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserRulesTest {
  static User user(String id, Role role, UserStatus status) {
    return Fixtures.user(id, role, status, Set.of(), Set.of());
  }

  @ParameterizedTest(name = "{0} needsFresh={1} fresh={2} -> {3}")
  @CsvSource({
    "admin,true,true,", "admin,true,false,SESSION_REQUIRED", "admin,false,false,",
    "general,true,true,ADMIN_ONLY", "general,false,true,ADMIN_ONLY",
    "inactive,true,true,USER_NOT_ACTIVE", "system,true,false,",
  })
  void onlyActiveAdministratorsAct(String actor, boolean needsFresh, boolean fresh,
      ErrorCode expected) {
    Outcome<Optional<User>> acting = switch (actor) {
      case "admin" -> Outcome.ok(Optional.of(user("a", Role.PORTAL_ADMIN, UserStatus.ACTIVE)));
      case "general" -> Outcome.ok(Optional.of(user("g", Role.GENERAL, UserStatus.ACTIVE)));
      case "system" -> Outcome.ok(Optional.empty());
      default -> Outcome.rejected("user", ErrorCode.USER_NOT_ACTIVE);
    };
    assertThat(UserRules.admin(acting, needsFresh, fresh).map(Violation::code))
        .isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
  @CsvSource({
    "disable,ACTIVE,other,DISABLED",
    "disable,PENDING,other,DISABLED",
    "disable,DISABLED,other,USER_ALREADY_DISABLED",
    "disable,ACTIVE,self,CANNOT_CHANGE_OWN_ACCOUNT",
    "disable,ACTIVE,system,DISABLED",
    "enable,DISABLED,other,ACTIVE",
    "enable-unregistered,DISABLED,other,PENDING",
    "enable,ACTIVE,other,USER_NOT_DISABLED",
    "enable,PENDING,other,USER_NOT_DISABLED",
  })
  void statusChanges(String action, UserStatus status, String by, String expected) {
    User target = user("t", Role.PORTAL_ADMIN, status);
    UserId actor = switch (by) {
      case "self" -> target.id();
      case "system" -> null;
      default -> new UserId("other");
    };
    Outcome<User> out = action.equals("disable")
        ? UserRules.disable(actor, target)
        : UserRules.enable(target, !action.equals("enable-unregistered"));
    if (out.isOk()) {
      assertThat(out.orElseThrow()).isEqualTo(target.withStatus(UserStatus.valueOf(expected)));
    } else {
      assertThat(out.violations())
          .containsExactly(Violation.of("user", ErrorCode.valueOf(expected)));
    }
  }

  @ParameterizedTest(name = "{0} -> {1} by {2}: {3}")
  @CsvSource({
    "GENERAL,PORTAL_ADMIN,other,PORTAL_ADMIN",
    "PORTAL_ADMIN,GENERAL,other,GENERAL",
    "PORTAL_ADMIN,GENERAL,self,CANNOT_CHANGE_OWN_ACCOUNT",
    "PORTAL_ADMIN,PORTAL_ADMIN,self,PORTAL_ADMIN",
    "GENERAL,GENERAL,other,GENERAL",
  })
  void roleChanges(Role from, Role to, String by, String expected) {
    User target = user("t", from, UserStatus.ACTIVE);
    UserId actor = by.equals("self") ? target.id() : new UserId("other");
    Outcome<User> out = UserRules.changeRole(actor, target, to);
    if (expected.equals("CANNOT_CHANGE_OWN_ACCOUNT")) {
      assertThat(out.violations()).extracting(Violation::code)
          .isEqualTo(List.of(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT));
    } else {
      assertThat(out.orElseThrow().role()).isEqualTo(Role.valueOf(expected));
    }
  }
}
