package dev.tenso.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import dev.tenso.messages.Catalogs;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.Totp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page itself: every text from conversations/console.yaml in both languages, the user chosen
 * with the keyboard alone, the demo authenticator showing the demo administrator's current code
 * (computed here independently from the public demo key), and a phone-sized screen without
 * sideways scrolling.
 */
class ConsolePageTest extends ConsoleBrowserTest {
  /** The demo administrator's published key (src/main/resources/demo/organisation.yaml). */
  static final String DEMO_ADMIN_KEY = SecretsSeen.remember("6QICMZXZCQO4SLUAC6RDUSFOPXPT27S5");

  @Test
  void everyTextComesFromTheCatalogInBothLanguages() {
    var chat = rig.bean(Catalogs.class).chat();
    for (Language lang : List.of(Language.JA, Language.EN)) {
      if (!b.find("html").getAttribute("lang").equals(lang.code())) {
        b.find("#lang").click();
      }
      assertThat(b.find("h1").getText()).isEqualTo(chat.text("console.title", lang));
      assertThat(b.find("#phone-heading").getText())
          .isEqualTo(chat.text("console.phone.heading", lang));
      for (WebElement e : b.all("[data-t]")) {
        String key = "console." + e.getAttribute("data-t");
        assertThat(chat.has(key)).as(key).isTrue();
        assertThat(e.getAttribute("textContent").strip()).as(key)
            .isEqualTo(chat.template(key, lang).strip());
      }
    }
    b.find("#lang").click();
    assertThat(b.find("html").getAttribute("lang")).isEqualTo("ja");
  }

  @Test
  void theKeyboardChoosesTheDemoAdminAndTheAidShowsTheirCurrentCode() {
    b.find("#user-who").sendKeys("hanako.admin@example.com", Keys.ENTER);
    b.untilText("#user-info", "管理 花子");
    WebElement code = b.until(d -> b.find("#totp-code").getText().matches("[0-9]{6}")
        ? b.find("#totp-code") : null);

    String shown = SecretsSeen.remember(code.getText());
    Instant now = Instant.now();
    assertThat(shown).isIn(SecretsSeen.remember(Totp.code(DEMO_ADMIN_KEY, now)),
        SecretsSeen.remember(Totp.code(DEMO_ADMIN_KEY, now.minusSeconds(30))));
    assertThat(code.getAttribute("data-status")).isEqualTo("ENROLLED");
    assertThat(b.find("#user-info").getText()).contains("ポータル管理者");
    b.shot("#user-pane", "user-and-authenticator");
  }

  @Test
  void aPhoneSizedScreenNeedsNoSidewaysScrolling() {
    b.driver.manage().window().setSize(new Dimension(390, 844));
    b.open(rig.base());
    b.driver.manage().window().setSize(new Dimension(390, 844));
    Long overflow = (Long) b.js(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    b.shot("body", "phone-sized-screen");
  }
}
