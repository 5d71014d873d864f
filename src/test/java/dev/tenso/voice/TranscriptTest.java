package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.auth.AuthSession;
import dev.tenso.core.auth.AuthStores;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs every transcript of {@code ivr-scripts/transcripts/} as Twilio would drive the app: signed
 * posts into the running app, following {@code action} and {@code <Redirect>} URLs, keys cut as
 * Twilio cuts them, TwiML checked by XPath; a real redis-server and SMTP server. Each transcript
 * starts from the phone test organisation, freshly imported.
 */
class TranscriptTest extends PhoneFixture {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(totp|mailCode|registrationCode):([^}]+)}");
  private static final Pattern EIGHT_DIGITS = Pattern.compile("(?m)^\\s*(\\d{8})\\s*$");
  private static final Pattern SIX_DIGITS = Pattern.compile("(?m)^.*?(\\d{6})\\s*$");

  @Autowired ForwardingStore forwarding;
  @Autowired AuthStores auth;
  private Call call;

  @TestFactory
  Stream<DynamicTest> transcripts() {
    return Transcript.all().stream().map(t -> DynamicTest.dynamicTest(
        t.file() + ": " + t.name(), () -> run(t)));
  }

  private void run(Transcript t) throws Exception {
    TestRedis.shared().flush();
    SMTP.purgeEmailFromAllMailboxes();
    importer.load("classpath:voice/organisation.yaml");
    call = twilio.call("/twilio/ivr", t.from(), ACCESS_NUMBER);
    int n = 0;
    for (Map<String, Object> step : t.steps()) {
      n++;
      var verb = step.entrySet().iterator().next();
      String arg = String.valueOf(verb.getValue());
      String where = t.file() + " step " + n + " (" + verb.getKey() + ")";
      switch (verb.getKey()) {
        case "hear" -> assertThat(call.heard()).as(where).contains(arg);
        case "notHear" -> assertThat(call.heard()).as(where).doesNotContain(arg);
        case "press" -> call.press(keys(arg));
        case "silence" -> call.silence();
        case "ended" -> assertThat(call.ended()).as(where).isTrue();
        case "retry" -> assertThat(call.retryLast()).as(where).isTrue();
        case "xpath" -> ((Map<?, ?>) verb.getValue()).forEach((expr, value) ->
            assertThat(call.xpath(String.valueOf(expr))).as(where + " " + expr)
                .isEqualTo(String.valueOf(value)));
        case "stored" -> stored((Map<?, ?>) verb.getValue(), where);
        case "call" -> call = twilio.call("/twilio/ivr", arg, ACCESS_NUMBER);
        case "disable" -> disable(arg);
        case "idle" -> idle(Duration.ofMinutes(Long.parseLong(arg)));
        default -> throw new AssertionError(where + ": unknown step");
      }
    }
  }

  /**
   * {@code {totp:email}}: the user's current code; {@code {mailCode:email}}: the last mailed;
   * {@code {registrationCode:email}}: the keypad code of the registration mail.
   */
  private String keys(String text) throws Exception {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = switch (m.group(1)) {
        case "totp" -> totp(m.group(2));
        case "mailCode" -> mailed(m.group(2), "ワンタイム", SIX_DIGITS);
        default -> mailed(m.group(2), "ご利用開始案内", EIGHT_DIGITS);
      };
      m.appendReplacement(out, code);
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The code in the last mail to {@code email} whose (Japanese) subject has {@code subject}. */
  private static String mailed(String email, String subject, Pattern code) throws Exception {
    for (int wait = 0; wait < 100; wait++) {
      List<MimeMessage> codes = Stream.of(SMTP.getReceivedMessages())
          .filter(x -> to(x).equals(email))
          .filter(x -> subject(x).contains(subject))
          .toList();
      if (!codes.isEmpty()) {
        Matcher m = code.matcher(codes.get(codes.size() - 1).getContent().toString());
        if (m.find()) {
          return SecretsSeen.remember(m.group(1));
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no mail with " + subject + " reached " + email);
  }

  private static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code disable: email}: an administrator disables the user now (as the console does). */
  private void disable(String email) {
    User u = user(email);
    assertThat(users.update(u, u.withStatus(UserStatus.DISABLED), null)).isTrue();
  }

  /** {@code idle: minutes}: the call's session was last used that long ago (time passed). */
  private void idle(Duration d) {
    ChannelIdentity who = ChannelIdentity.of(Channel.PHONE, call.sid());
    AuthSession s = auth.sessions().find(who).orElseThrow();
    auth.sessions().save(new AuthSession(who, s.id(), s.user(), s.verifiedAt(),
        s.lastSeenAt().minus(d), s.pending(), s.challengeId(), s.termsPending()),
        Duration.ofHours(1));
  }

  /** {@code stored: {number: 050-..., enabled: true, mode: X, active: "1", slot1: "..."}}. */
  private void stored(Map<?, ?> expected, String where) {
    ForwardingSetting s = forwarding.get(IpNumber.of(String.valueOf(expected.get("number"))))
        .value();
    expected.forEach((k, v) -> {
      String key = String.valueOf(k);
      String actual = switch (key) {
        case "number" -> String.valueOf(v);
        case "enabled" -> Boolean.toString(s.enabled());
        case "mode" -> s.mode().name();
        case "ringTime" -> Integer.toString(s.ringTime());
        case "active" -> s.active().code();
        default -> s.slot(Integer.parseInt(key.substring("slot".length()))).orElse("");
      };
      assertThat(actual).as(where + " " + key).isEqualTo(String.valueOf(v));
    });
  }
}
