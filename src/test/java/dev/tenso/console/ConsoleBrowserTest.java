package dev.tenso.console;

import dev.tenso.core.directory.Language;
import dev.tenso.messages.Catalogs;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test of the console: the shared app and browser ({@link ConsoleRig}), the demo
 * organisation afresh and the page opened afresh before each test, and what the page shows.
 */
@ExtendWith(ConsoleRig.Extension.class)
abstract class ConsoleBrowserTest {
  static final Pattern CODE = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");

  ConsoleRig rig;
  Browser b;

  @BeforeEach
  void openAfresh(ConsoleRig rig) {
    this.rig = rig;
    b = rig.freshPage();
  }

  /** How many mails to {@code email} the mailbox pane shows (the app's, since it started). */
  int mailsTo(String email) {
    return ((Long) b.js("return [...document.querySelectorAll('#mails li.mail .to')]"
        + ".filter(e => e.textContent === arguments[0]).length", email)).intValue();
  }

  /** The text of the newest mail to {@code email} in the mailbox pane, or null. */
  String mailTo(String email) {
    return (String) b.js("const m = [...document.querySelectorAll('#mails li.mail')]"
        + ".find(li => li.querySelector('.to').textContent === arguments[0]);"
        + "return m ? m.querySelector('pre').textContent : null", email);
  }

  String chat(String key, Language lang) {
    return rig.bean(Catalogs.class).chat().text(key, lang);
  }

  String spoken(String key) {
    return rig.bean(Catalogs.class).spoken().text(key, Language.JA);
  }
}
