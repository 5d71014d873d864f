package dev.tenso.redis.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pending action survives the session hash as text, every kind and every part; text of another
 * version, of an unknown kind, or garbled is read as no action, never as an exception.
 */
class PendingActionCodecTest {
  static Stream<PendingAction> actions() {
    ForwardingSetting whole = new ForwardingSetting(true, ForwardingMode.NO_ANSWER, 15,
        Arrays.asList("090-1234-5678", null, "03 & 5,[x]=%", null, "０３"), Target.slot(3));
    UserForm form = new UserForm("新人 三郎", "saburo@example.com", "03-5555-0001", "",
        "ja", "MAIL_OTP", "", "課長 & 部長", "Asia/Tokyo", List.of("関西チーム", "a=b&c"),
        List.of("050-1111-0001"), "line one\nline two", true);
    return Stream.of(
        new PendingAction.ChangeForwarding("050-1111-0001", ForwardingChange.turnOnToNumber(
            "080-9999-0000").withMode(ForwardingMode.BUSY).withRingTime(20).withSlot(2, "")
            .withSlot(5, "06-6123-4567").withActive("VOICEMAIL")),
        new PendingAction.ChangeForwarding("05011110001", ForwardingChange.replaceAll(whole)),
        new PendingAction.ChangeForwarding(null, ForwardingChange.none()),
        new PendingAction.TurnOffForwarding("050-1111-0001"),
        new PendingAction.AddUser(form),
        new PendingAction.AddUser(new UserForm(null, null, null, null, null, null, null, null,
            null, List.of(), List.of(), null, false)),
        new PendingAction.DisableUser("u1"),
        new PendingAction.EnableUser("u2"),
        new PendingAction.ChangeRole("u3", "PORTAL_ADMIN"),
        new PendingAction.ResetSecondFactor("u4"),
        new PendingAction.ResendRegistration("u5"));
  }

  @ParameterizedTest
  @MethodSource("actions")
  void everyKindReadsBackEqual(PendingAction action) {
    String text = PendingActionCodec.encode(Optional.of(action));
    assertThat(text).startsWith("v=1&type=");
    assertThat(PendingActionCodec.decode(text)).contains(action);
  }

  @Test
  void noActionIsTheEmptyText() {
    assertThat(PendingActionCodec.encode(Optional.empty())).isEmpty();
    assertThat(PendingActionCodec.decode("")).isEmpty();
    assertThat(PendingActionCodec.decode(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "v=2&type=forwarding.off&number=05011110001",
      "type=forwarding.off&number=05011110001",
      "v=1&type=forwarding.rename&number=05011110001",
      "v=1&type=forwarding.change&number=050&mode=SIDEWAYS",
      "v=1&type=forwarding.change&ring=thirty",
      "v=1&type=forwarding.change&slot.x=1",
      "v=1&type=forwarding.change&whole=on+BUSY",
      "v=1&type",
      "forwarding.set:05012345678:UNCONDITIONAL",
      "%%%"})
  void textOfAnotherVersionOrKindOrGarbledIsNoAction(String text) {
    assertThat(PendingActionCodec.decode(text)).isEmpty();
  }

  @Test
  void fieldsALaterVersionAddsAreIgnored() {
    assertThat(PendingActionCodec.decode("v=1&type=user.enable&user=u9&reason=holiday"))
        .contains(new PendingAction.EnableUser("u9"));
  }
}
