package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import dev.tenso.core.Org;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Scope;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScopesTest {
  static final List<UserGroup> GROUPS = List.of(
      new UserGroup("osaka", Set.of(SiteId.of("S2")), Set.of()),
      new UserGroup("branch", Set.of(), Set.of(VoiceGroupId.of("Y2"))));

  static User general(Set<String> groups, Set<String> numbers) {
    return Fixtures.user("u1", Role.GENERAL, UserStatus.ACTIVE, groups, numbers);
  }

  static Stream<Arguments> scopes() {
    return Stream.of(
        Arguments.of("admin", Fixtures.user("a", Role.PORTAL_ADMIN, UserStatus.ACTIVE, Set.of(),
            Set.of()), 16, List.of("Y1", "Y2", "Y3")),
        Arguments.of("direct number", general(Set.of(), Set.of("050-3000-0001")), 1,
            List.of("Y2")),
        Arguments.of("group by site", general(Set.of("osaka"), Set.of()), 3, List.of("Y1")),
        Arguments.of("group by voice group", general(Set.of("branch"), Set.of()), 1,
            List.of("Y2")),
        Arguments.of("direct and site", general(Set.of("osaka"), Set.of("050-1000-0001")), 4,
            List.of("Y1")),
        Arguments.of("nothing given", general(Set.of(), Set.of()), 0, List.of()),
        Arguments.of("unknown group", general(Set.of("nobody"), Set.of()), 0, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scopes")
  void coversWhatTheUserIsGiven(String name, User user, int covered, List<String> groups) {
    Scope scope = Scopes.of(user, GROUPS);
    assertThat(Org.NUMBERS.stream().filter(scope::covers).count()).isEqualTo(covered);
    assertThat(scope.visibleVoiceGroups(Org.VOICE_GROUPS, Org.SITES, Org.NUMBERS))
        .extracting(VoiceGroup::id).extracting(VoiceGroupId::value)
        .containsExactlyElementsOf(groups);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scopes")
  void aGroupTheUserIsNotInGivesNothing(String name, User user, int covered, List<String> g) {
    if (user.isAdmin()) {
      return;
    }
    Scope scope = Scopes.of(general(Set.of(), user.numbers().stream().map(Object::toString)
        .collect(java.util.stream.Collectors.toSet())), GROUPS);
    for (NumberDetails n : Org.NUMBERS) {
      assertThat(scope.covers(n)).isEqualTo(user.numbers().contains(n.ip()));
    }
  }
}
