package dev.tenso.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.SecretsSeen;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The chat pane in a real browser, against the real Slack channel (Bolt at /slack/events, its Web
 * API answered by the console's stand-in): the demo administrator signs in with the code the
 * authenticator aid shows and adds a user in the modal; a user turns forwarding on in the
 * forwarding modal, entering the mailed code in the modal tenso pushes over it.
 */
class ConsoleChatPaneTest extends ConsoleBrowserTest {
  @Test
  void theDemoAdminSignsInWithTheAidsCodeAndAddsAUserWhoRegistersInSlack() {
    choose("hanako.admin@example.com");
    command("login");
    untilMessage(chat("slack.signin.totp"));
    String code = b.until(d -> b.find("#totp-code").getText().matches("[0-9]{6}")
        ? SecretsSeen.remember(b.find("#totp-code").getText()) : null);
    command("code " + code);
    untilMessage(chat("slack.signin.done"));

    command("adduser");
    b.untilText("#modal-title", chat("slack.adduser.title"));
    field("name", "New Member");
    field("email", "new.member@example.com");
    field("phone", "03-7777-0001");
    field("numbers", "050-1111-0003");
    b.shot("#modal", "chat-modal-adduser");
    b.find("#modal-submit").click();
    b.untilText("#modal-blocks", "new.member@example.com");

    User added = rig.bean(Users.class).byEmail(Email.of("new.member@example.com")).orElseThrow();
    assertThat(added.status()).isEqualTo(UserStatus.PENDING);
    assertThat(added.numbers()).containsExactly(IpNumber.of("050-1111-0003"));
    b.until(d -> mailsTo("new.member@example.com") > 0);
    b.find("#modal-close").click();
    b.shot("#chat-pane", "chat");

    // the new user: the registration code from the mail, the identity check, the QR code in
    // the DM, the code of the key being set up (the aid), the terms
    Matcher token = Pattern.compile("register (\\S+)").matcher(mailTo("new.member@example.com"));
    assertThat(token.find()).isTrue();
    choose("new.member@example.com");
    command("register " + SecretsSeen.remember(token.group(1)));
    b.untilText("#modal-blocks", chat("slack.register.identity", Language.JA));
    field("email", "new.member@example.com");
    field("name", "New Member");
    field("phone", "03-7777-0001");
    b.find("#modal-submit").click();
    b.until(d -> b.all("#chat-log li.dm img.qr").size() == 1);
    assertThat((Boolean) b.js("const i = document.querySelector('#chat-log img.qr');"
        + "return i.complete && i.naturalWidth > 50")).isTrue();
    String enrolling = b.until(d -> "ENROLLING".equals(b.find("#totp-code")
        .getAttribute("data-status")) ? SecretsSeen.remember(b.find("#totp-code").getText()) : null);
    b.find("#modal-blocks input[type='text']").sendKeys(enrolling, Keys.ENTER);
    b.untilText("#modal-blocks", chat("terms.title", Language.JA));
    b.find("#modal-submit").click();
    b.untilText("#modal-blocks", chat("slack.register.done", Language.JA));
    assertThat(rig.bean(Users.class).byEmail(Email.of("new.member@example.com")).orElseThrow()
        .status()).isEqualTo(UserStatus.ACTIVE);
    b.shot("#chat-pane", "chat-registration");
  }

  @Test
  void aUserTurnsForwardingOnInTheModal() {
    choose("david.lee@example.com");
    int mailsBefore = mailsTo("david.lee@example.com");
    command("edit 050-2222-0003");
    b.until(d -> b.find("#modal").isDisplayed());
    b.find("#modal-blocks input[name='enabled.enabled'][value='true']").click();
    b.find("#modal-submit").click();
    b.untilText("#modal-title", chat("slack.signin.title", Language.EN));

    b.until(d -> mailsTo("david.lee@example.com") > mailsBefore);
    Matcher code = CODE.matcher(mailTo("david.lee@example.com"));
    assertThat(code.find()).isTrue();
    b.find("#modal-blocks input[type='text']").sendKeys(SecretsSeen.remember(code.group()),
        Keys.ENTER);
    b.until(d -> rig.bean(ForwardingStore.class).get(IpNumber.of("050-2222-0003")).value()
        .enabled());
    b.shot("#chat-pane", "chat-forwarding");

    while (b.find("#modal").isDisplayed()) {
      b.find("#modal-close").click(); // a pushed view closes back to the one beneath it
    }
    b.find("#chat-home").click();
    b.untilText("#home-view", "050-2222-0003");
    b.shot("#home", "chat-home");
  }

  private void choose(String email) {
    b.find("#user-who").clear();
    b.find("#user-who").sendKeys(email, Keys.ENTER);
    b.until(d -> email.equals(b.find("#chat-who").getAttribute("data-email")));
  }

  private void command(String text) {
    b.find("#chat-text").sendKeys(text, Keys.ENTER);
  }

  private void field(String block, String value) {
    b.find("#modal-blocks .block.input[data-block-id='" + block + "'] input, "
        + "#modal-blocks .block.input[data-block-id='" + block + "'] textarea").sendKeys(value);
  }

  private void untilMessage(String text) {
    b.untilText("#chat-log li.msg", text);
  }

  private String chat(String key) {
    return chat(key, Language.JA);
  }

}
