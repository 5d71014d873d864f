package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.history.HistoryEntry;
import dev.tenso.core.history.HistoryUseCases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History through the wired application: newest first, within the reader's scope. */
class HistoryUseCasesTest extends AppFixture {
  static final String TARO_NUMBER = "050-1111-0001";

  @Autowired HistoryUseCases history;
  @Autowired ForwardingUseCases forwarding;
  @Autowired UserAdminUseCases admin;

  @Test
  void aNumbersLastChangesNewestFirstWithWhoTheChannelAndBeforeAndAfter() {
    Actor taro = signedIn("taro@example.com");
    forwarding.change(taro, TARO_NUMBER, ForwardingChange.turnOnToSlot(3)).orElseThrow();
    forwarding.turnOff(taro, TARO_NUMBER).orElseThrow();

    List<HistoryEntry> last = history.ofNumber(taro, TARO_NUMBER, 10).orElseThrow();
    assertThat(last).hasSize(3); // the import's, then taro's two
    HistoryEntry newest = last.get(0);
    assertThat(newest.byName()).isEqualTo("Com 太郎");
    assertThat(newest.by()).isEqualTo(taro.user().value());
    assertThat(newest.channel()).isEqualTo(Channel.SLACK);
    assertThat(newest.forwardingBefore().orElseThrow().enabled()).isTrue();
    assertThat(newest.forwardingAfter().orElseThrow().enabled()).isFalse();
    assertThat(last.get(1).at()).isBeforeOrEqualTo(newest.at());
    HistoryEntry imported = last.get(2);
    assertThat(imported.byName()).isEqualTo("import");
    assertThat(imported.channel()).isEqualTo(Channel.IMPORT);
    assertThat(history.ofNumber(taro, TARO_NUMBER, 1).orElseThrow()).containsExactly(newest);
  }

  @Test
  void aNumberOutsideTheScopeAndAnUnknownOneAnswerAlike() {
    Actor emily = actor("emily@example.com"); // reading needs no session
    assertThat(codes(history.ofNumber(emily, TARO_NUMBER, 10)))
        .containsExactly(ErrorCode.NUMBER_NOT_IN_SCOPE);
    assertThat(codes(history.ofNumber(emily, "050-9999-9999", 10)))
        .containsExactly(ErrorCode.NUMBER_NOT_IN_SCOPE);
    assertThat(codes(history.ofNumber(emily, "not a number", 10)))
        .containsExactly(ErrorCode.NUMBER_INVALID);
    assertThat(codes(history.ofNumber(emily, "050-2222-0001", 0)))
        .containsExactly(ErrorCode.PAGE_INVALID);
    assertThat(history.ofNumber(actor("admin@example.com"), TARO_NUMBER, 10).isOk()).isTrue();
  }

  @Test
  void aUsersHistoryIsTheirsOrAnAdministrators() {
    Actor adminActor = signedIn("admin@example.com");
    Actor emily = actor("emily@example.com");
    admin.changeRole(adminActor, emily.user().value(), "PORTAL_ADMIN").orElseThrow();
    admin.changeRole(adminActor, emily.user().value(), "GENERAL").orElseThrow();

    List<HistoryEntry> hers = history.ofUser(emily, emily.user().value(), 10).orElseThrow();
    assertThat(hers).extracting(HistoryEntry::action)
        .startsWith("user.role", "user.role");
    assertThat(hers.get(0).byName()).isEqualTo("管理 花子");
    assertThat(hers.get(0).subject()).isEqualTo(emily.user().value());
    assertThat(history.ofUser(adminActor, emily.user().value(), 1).orElseThrow()).hasSize(1);
    assertThat(codes(history.ofUser(emily, adminActor.user().value(), 10)))
        .containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(codes(history.ofUser(adminActor, "nobody", 10)))
        .containsExactly(ErrorCode.USER_NOT_FOUND);
  }

  private static List<ErrorCode> codes(Outcome<?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }
}
