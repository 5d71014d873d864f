package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import dev.tenso.parity.AnswerCodes;
import dev.tenso.parity.ParityCase;
import dev.tenso.parity.ParityTable;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.Totp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Slack half of the parity table, for {@code dev.tenso.parity.ParityTest}: a row as a
 * {@code /forward on|off ... number <n>} command of taro (signed in first with his code), and
 * what the answer said: the error codes whose text (every {@code errors.<CODE>} of the catalog,
 * its placeholders as wildcards) it holds, or {@code OK} for the done text alone.
 */
public final class SlackParityHalf {
  private static final String TARO = "U_PARITY_TARO";
  private static final String TARO_SECRET =
      SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

  private final SlackCommands slack;
  private final MessageCatalog chat;

  public SlackParityHalf(int port, MessageCatalog chat) {
    this.slack = new SlackCommands(port);
    this.chat = chat;
  }

  /** The row through Slack, on {@link ParityTable#ORGANISATION} freshly imported. */
  public Set<String> answer(ParityCase row) {
    slack.reset();
    slack.user(TARO, ParityTable.ACTING_USER, "ja-JP");
    assertThat(send("login")).contains(chat.text("slack.signin.totp", Language.JA));
    String code = SecretsSeen.remember(Totp.code(TARO_SECRET, Instant.now()));
    assertThat(send("code " + code)).contains(chat.text("slack.signin.done", Language.JA));
    return codes(send(command(row)));
  }

  static String command(ParityCase c) {
    ParityCase.Action a = c.action();
    if (a.off()) {
      return "off number " + c.number();
    }
    List<String> words = new ArrayList<>();
    words.add("on");
    words.add(a.voicemail() ? "voicemail" : a.slot() != null ? a.slot().toString() : a.on());
    if (a.mode() != null) {
      words.add(a.mode().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (a.ring() != null) {
      words.add("ring " + a.ring());
    }
    words.add("number " + c.number());
    return String.join(" ", words);
  }

  private String send(String text) {
    return slack.send(TARO, text);
  }

  /** The codes whose text (ja or en) the answer holds; {@code OK} when only the done text. */
  private Set<String> codes(String answer) {
    Set<String> codes = AnswerCodes.of(answer, code -> Stream.of(Language.values())
        .map(l -> AnswerCodes.template(chat.template("errors." + code.name(), l))).toList(),
        chat.text("forwarding.done", Language.JA));
    if (codes.isEmpty() && answer.contains(chat.text("slack.modal.unchanged", Language.JA))) {
      codes.add("OK");
    }
    return codes;
  }
}
