package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.ForwardingView;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.IpNumber;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Forwarding use cases through the wired application on a real Redis and SMTP server. */
class ForwardingUseCasesTest extends AppFixture {
  static final String TARO_NUMBER = "050-1111-0001";

  @Autowired ForwardingUseCases forwarding;
  @Autowired ForwardingStore store;
  @Autowired AuditLog audit;

  @Test
  void aSignedInUserChangesTheirNumberAndTheChangeIsStoredAuditedAndMailed() throws Exception {
    Actor taro = signedIn("taro@example.com");

    Outcome<ForwardingView> done =
        forwarding.change(taro, TARO_NUMBER, ForwardingChange.turnOnToNumber("080-9999-0000"));

    assertThat(done.violations()).isEmpty();
    ForwardingView view = done.orElseThrow();
    assertThat(view.changed()).isTrue();
    assertThat(view.after().activeDestination()).contains("080-9999-0000");
    assertThat(view.after().slot(1)).contains("090-1234-5678"); // saved slots are kept
    var stored = store.get(IpNumber.of(TARO_NUMBER));
    assertThat(stored.value()).isEqualTo(view.after());
    assertThat(stored.version()).isEqualTo(2); // 1 from the import, 1 from this change

    AuditEvent event = audit.forNumber("05011110001", 1).get(0);
    assertThat(event.actor()).isEqualTo(taro.user().value());
    assertThat(event.channel()).isEqualTo("slack");
    assertThat(event.action()).isEqualTo("forwarding.change");
    assertThat(event.after()).contains("080-9999-0000");
    assertThat(audit.forUser(taro.user().value(), 10)).contains(event);

    // taro receives モバイル回線通知メール, in Japanese
    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(GreenMailUtil.getAddressList(mail.getAllRecipients()))
        .isEqualTo("taro@example.com");
    assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
  }

  @Test
  void withoutAFreshSessionNothingChanges() {
    Actor taro = actor("taro@example.com");
    var before = store.get(IpNumber.of(TARO_NUMBER));

    Outcome<ForwardingView> refused = forwarding.turnOff(taro, TARO_NUMBER);

    assertThat(codes(refused)).containsExactly(ErrorCode.SESSION_REQUIRED);
    assertThat(store.get(IpNumber.of(TARO_NUMBER))).isEqualTo(before);
    // reading one's own forwarding needs no session
    assertThat(forwarding.show(taro, TARO_NUMBER).orElseThrow().setting().enabled()).isTrue();
  }

  @Test
  void aNumberOutsideTheScopeAndAnUnknownNumberGetTheSameAnswer() {
    Actor taro = signedIn("taro@example.com");

    assertThat(codes(forwarding.show(taro, "050-1111-0002")))
        .containsExactly(ErrorCode.NUMBER_NOT_IN_SCOPE);
    assertThat(codes(forwarding.show(taro, "050-9999-9999")))
        .containsExactly(ErrorCode.NUMBER_NOT_IN_SCOPE);
    assertThat(codes(forwarding.turnOff(taro, "050-1111-0002")))
        .containsExactly(ErrorCode.NUMBER_NOT_IN_SCOPE);
  }

  @Test
  void aGroupGivesAVoiceGroupButAnUnopenedSiteCannotBeChanged() {
    Actor emily = signedIn("emily@example.com");

    assertThat(forwarding.change(emily, "050-2222-0001",
        ForwardingChange.turnOnToNumber("06-6123-4567").withMode(ForwardingMode.NO_ANSWER)
            .withRingTime(15)).isOk()).isTrue();
    assertThat(codes(forwarding.change(emily, "050-3333-0001",
        ForwardingChange.turnOnToNumber("06-6123-4567"))))
        .containsExactly(ErrorCode.SITE_NOT_OPENED);
  }

  @Test
  void everyWrongFieldIsReportedAtOnceAndNothingIsWritten() {
    Actor admin = signedIn("admin@example.com");
    var before = store.get(IpNumber.of(TARO_NUMBER));

    Outcome<ForwardingView> refused = forwarding.change(admin, TARO_NUMBER,
        ForwardingChange.none().withMode(ForwardingMode.BUSY).withRingTime(31)
            .withSlot(2, "０９０１２３４５６７８").withActive(Target.voicemail()));

    assertThat(refused.violations()).extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("mode", ErrorCode.MODE_NOT_ALLOWED_FOR_PLAN),
            org.assertj.core.groups.Tuple.tuple("ringTime", ErrorCode.RING_TIME_OUT_OF_RANGE),
            org.assertj.core.groups.Tuple.tuple("slot2", ErrorCode.DESTINATION_INVALID_CHARACTERS),
            org.assertj.core.groups.Tuple.tuple("active", ErrorCode.VOICEMAIL_NEEDS_MESSAGE_BOX));
    assertThat(store.get(IpNumber.of(TARO_NUMBER))).isEqualTo(before);
    assertThat(audit.forNumber("05011110001", 10)).hasSize(1); // only the import's event
  }

  @Test
  void aLoopThroughAnotherTensoNumberIsRefusedWhenSaved() {
    Actor admin = signedIn("admin@example.com");
    assertThat(forwarding.change(admin, "050-2222-0001",
        ForwardingChange.turnOnToNumber("050-2222-0002")).isOk()).isTrue();

    assertThat(codes(forwarding.change(admin, "050-2222-0002",
        ForwardingChange.turnOnToNumber("050-2222-0001"))))
        .containsExactly(ErrorCode.DESTINATION_LOOP);
  }

  @Test
  void concurrentChangesFromTwoChannelsLoseNone() throws Exception {
    Actor admin = signedIn("admin@example.com");
    Actor taro = signedIn("taro@example.com");
    List<Callable<Outcome<ForwardingView>>> jobs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int ring = 5 + (i % 26);
      Actor who = i % 2 == 0 ? admin : taro;
      jobs.add(() -> forwarding.change(who, TARO_NUMBER,
          ForwardingChange.none().withRingTime(ring).withSlot(2, "03-0000-00" + (10 + ring))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    int written = 0;
    try {
      for (Future<Outcome<ForwardingView>> f : pool.invokeAll(jobs)) {
        ForwardingView v = f.get().orElseThrow();
        written += v.changed() ? 1 : 0;
      }
    } finally {
      pool.shutdown();
    }
    List<AuditEvent> events = audit.forNumber("05011110001", 100);
    assertThat(events).hasSize(written + 1); // + the import
    for (int i = 0; i < events.size() - 1; i++) { // newest first: each before is the previous after
      assertThat(events.get(i).before()).isEqualTo(events.get(i + 1).after());
    }
    assertThat(store.get(IpNumber.of(TARO_NUMBER)).version()).isEqualTo(written + 1);
  }

  private static List<ErrorCode> codes(Outcome<?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }
}
