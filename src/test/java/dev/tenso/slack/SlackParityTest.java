package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import dev.tenso.parity.ParityCase;
import dev.tenso.parity.ParityTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parity table through Slack: each row as a {@code /forward on|off ... number <n>} command of
 * taro (signed in first), and the error code read back from the answer by its text (every
 * {@code errors.<CODE>} text of the catalog, its placeholders as wildcards).
 */
class SlackParityTest extends SlackFixture {
  private static final String TARO = "U_PARITY_TARO";

  @Override
  String organisation() {
    return ParityTable.ORGANISATION;
  }

  @TestFactory
  Stream<DynamicTest> everyRowGivesTheTablesAnswer() {
    List<ParityCase> rows = ParityTable.cases().stream().filter(c -> c.runsOn("slack")).toList();
    assertThat(rows).hasSizeGreaterThan(30);
    return rows.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> run(c)));
  }

  private void run(ParityCase c) {
    freshWorld(ParityTable.ORGANISATION);
    api.slackUser(TARO, ParityTable.ACTING_USER, "ja-JP");
    String login = send("login");
    assertThat(login).contains(catalogs.chat().text("slack.signin.totp", Language.JA));
    String signedIn = send("code " + totp(ParityTable.ACTING_USER));
    assertThat(signedIn).contains(catalogs.chat().text("slack.signin.done", Language.JA));
    String answer = send(command(c));
    Set<String> codes = codes(catalogs.chat(), answer);
    if (c.ok()) {
      assertThat(answer).as(c.id()).containsAnyOf(
          catalogs.chat().text("forwarding.done", Language.JA),
          catalogs.chat().text("slack.modal.unchanged", Language.JA));
      assertThat(codes).as(c.id()).isEmpty();
    } else {
      assertThat(codes).as(c.id() + ": " + answer).containsExactly(c.expect());
    }
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

  /** The texts of the command's answer: the acknowledgement, or the response_url's post. */
  private String send(String text) {
    String url = api.base() + "/respond/parity-" + System.nanoTime();
    var res = wire.form(SlackWire.commandBody(TARO, "/forward", text, url, "trig"),
        SlackWire.Signing.proper());
    assertThat(res.statusCode()).isEqualTo(200);
    String ack = ReadableTexts.of(res.body());
    if (!ack.isBlank()) {
      return ack;
    }
    List<LoggedRequest> posted = api.await(url.substring(api.base().length()), 1);
    assertThat(posted).as("an answer to " + text).isNotEmpty();
    return ReadableTexts.of(posted.get(0).getBodyAsString());
  }

  /** The error codes whose text (placeholders as wildcards) the answer holds. */
  static Set<String> codes(MessageCatalog chat, String answer) {
    Set<String> out = new java.util.TreeSet<>();
    for (ErrorCode code : EnumSet.allOf(ErrorCode.class)) {
      for (Language l : Language.values()) {
        if (template(chat, code, l).matcher(answer).find()) {
          out.add(code.name());
        }
      }
    }
    return out;
  }

  private static Pattern template(MessageCatalog chat, ErrorCode code, Language lang) {
    String marked = chat.text("errors." + code.name(), lang, new java.util.HashMap<>() {
      @Override
      public String get(Object k) {
        return "\u0000";
      }
    });
    StringBuilder regex = new StringBuilder();
    for (String part : marked.split("\u0000", -1)) {
      regex.append(regex.length() == 0 && part.isEmpty() ? "" : "").append(Pattern.quote(part))
          .append(".+?");
    }
    String r = regex.substring(0, regex.length() - 3);
    return Pattern.compile(r);
  }
}
