package dev.tenso.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.messages.Catalogs;
import dev.tenso.testsupport.SecretsSeen;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The phone pane in a real browser, against the real phone channel: a caller signs in with the
 * code the mailbox pane shows, turns forwarding on with {@code *21*<number>#} on the keypad and
 * confirms; a call to the office number then rings the new destination. A destination the rules
 * refuse is told in words. A number that rings its terminal first follows the outcome chosen.
 */
class ConsolePhonePaneTest extends ConsoleBrowserTest {
  @BeforeEach
  void silent() {
    if (b.find("#speak").isSelected()) {
      b.find("#speak").click(); // headless Chromium has no voice; prompts take their reading time
    }
  }

  @Test
  void aCallerTurnsForwardingOnWithACodeAndTheOfficeNumberThenRingsThere() {
    signInByPhone("taro@example.com");

    press("*21*09011112222#");
    untilSaid(spoken("ivr.confirm"));
    press("1");
    untilSaid(spoken("ivr.done"));

    ForwardingSetting stored = rig.bean(ForwardingStore.class)
        .get(IpNumber.of("050-1111-0001")).value();
    assertThat(stored.enabled()).isTrue();
    assertThat(stored.mode()).isEqualTo(ForwardingMode.UNCONDITIONAL);
    assertThat(stored.activeDestination()).hasValueSatisfying(
        d -> assertThat(d.replace("-", "")).isEqualTo("09011112222"));
    assertThat(b.all("#phone-log li.say").get(0).getAttribute("lang")).isEqualTo("ja-JP");
    b.shot("#phone-pane", "phone-ivr");
    b.shot("#mail-pane", "mailbox");
    b.find("#hang-up").click();
    b.until(d -> "ended".equals(b.find("#call-state").getAttribute("data-state")));

    b.find("#office-number").sendKeys("050-1111-0001");
    b.find("#call-office").click();
    WebElement dial = b.until(d -> b.all("#phone-log li.dial").stream().findFirst().orElse(null));
    assertThat(dial.getAttribute("data-targets")).isEqualTo("+819011112222");
    assertThat(dial.getText()).contains("+819012345678"); // the caller's number passed through
    b.shot("#phone-pane", "phone-office");
  }

  @Test
  void aForwardingCodeToASpecialNumberIsRefusedInWords() {
    signInByPhone("taro@example.com");

    press("*21*110#");
    untilSaid(spoken("ivr.confirm"));
    press("1");
    untilSaid(rig.bean(Catalogs.class).spoken().text("errors.DESTINATION_SPECIAL_NUMBER",
        Language.JA));
    untilSaid(spoken("ivr.notChanged"));

    assertThat(rig.bean(ForwardingStore.class).get(IpNumber.of("050-1111-0001")).value()
        .activeDestination()).hasValue("090-1234-5678");
  }

  @Test
  void aNumberThatRingsFirstGoesOnAsTheChosenOutcomeSays() {
    b.find("#caller-id").sendKeys("03-9999-0000");
    b.find("#office-number").sendKeys("050-2222-0001"); // no answer after 20 s: list 2
    b.find("#call-office").click();
    WebElement ring = b.until(d -> b.all("#phone-log li.dial").stream().findFirst().orElse(null));
    assertThat(ring.getAttribute("data-targets")).isEqualTo("sip:0101@acme.sip.twilio.com");
    assertThat(ring.getText()).contains("20");

    b.find("#dial-outcome button[data-outcome='no-answer']").click();
    b.until(d -> b.all("#phone-log li.dial").size() == 2);
    assertThat(b.all("#phone-log li.dial").get(1).getAttribute("data-targets"))
        .isEqualTo("+817034567890");
  }

  @Test
  void anUnreachableTerminalLeadsToVoicemailAndTheMessageIsMailed() {
    int mailsBefore = mailsTo("david.lee@example.com");
    b.find("#caller-id").sendKeys("03-9999-0000");
    b.find("#office-number").sendKeys("050-2222-0002"); // unreachable: voicemail
    b.find("#call-office").click();
    b.until(d -> b.all("#phone-log li.dial").size() == 1);
    b.find("#dial-outcome button[data-outcome='failed']").click();
    b.until(d -> b.find("#record").isDisplayed());
    assertThat(b.find("#phone-log li.record").getText()).contains("120");

    b.find("#record-finish").click();
    untilSaid(rig.bean(Catalogs.class).spoken().text("voice.voicemail.thanks", Language.JA));
    b.until(d -> b.all("#phone-log li.hangup").size() == 1);
    b.until(d -> mailsTo("david.lee@example.com") == mailsBefore + 1);
    assertThat(mailTo("david.lee@example.com")).contains("050-2222-0002");
  }

  /** Calls the IVR from the user's mobile and enters the mail code the mailbox pane shows. */
  private void signInByPhone(String email) {
    b.find("#user-who").sendKeys(email);
    b.find("#user-choose").click();
    b.untilText("#user-info", email);
    assertThat(b.find("#caller-id").getAttribute("value")).isNotBlank();
    int mailsBefore = mailsTo(email);
    b.find("#call-ivr").click();
    untilSaid(spoken("ivr.askMailCode"));
    b.until(d -> mailsTo(email) > mailsBefore);
    Matcher code = CODE.matcher(mailTo(email));
    assertThat(code.find()).as("a 6-digit code in the mail").isTrue();
    press(SecretsSeen.remember(code.group()));
    untilSaid(spoken("ivr.menuEnd"));
  }

  /** Keys on the keypad, typed with the keyboard once it gathers; waits until they are sent. */
  private void press(String keys) {
    b.until(d -> "true".equals(b.find("#gather").getAttribute("data-active")));
    int sent = b.all("#phone-log li.keys").size();
    b.find("#keypad").sendKeys(keys);
    b.until(d -> b.all("#phone-log li.keys").size() > sent);
  }

  private void untilSaid(String text) {
    b.untilText("#phone-log li.say", text);
  }

}
