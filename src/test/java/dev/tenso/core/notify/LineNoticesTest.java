package dev.tenso.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Fixtures;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.UserBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is told of a forwarding change (§7). */
class LineNoticesTest {
  @Test
  void activeOwnersWithLineNotificationAreTold() {
    User owner = Fixtures.user("a", Role.GENERAL, UserStatus.ACTIVE, Set.of(),
        Set.of("050-1111-0001"));
    User other = Fixtures.user("b", Role.GENERAL, UserStatus.ACTIVE, Set.of(),
        Set.of("050-1111-0002"));
    User pending = Fixtures.user("c", Role.GENERAL, UserStatus.PENDING, Set.of(),
        Set.of("050-1111-0001"));
    User admin = Fixtures.user("d", Role.PORTAL_ADMIN, UserStatus.ACTIVE, Set.of(), Set.of());
    User quiet = UserBuilder.from(owner).name("q").lineNotification(false).build();
    assertThat(LineNotices.recipients(List.of(owner, other, pending, admin, quiet),
        IpNumber.of("050-1111-0001"))).containsExactly(owner);
  }
}
