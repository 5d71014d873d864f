package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.voicemail.VoicemailBox;
import jakarta.mail.internet.MimeMessage;
import dev.tenso.testsupport.RedisMonitor;
import dev.tenso.testsupport.TestRedis;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /twilio/voice} answers each mode of §6 as TwiML, each {@code DialCallStatus} of the
 * modes that ring first, voicemail with its notice, and an unknown number with a spoken apology;
 * a routing answer reads its record in one Redis command, then nothing until the setting changes.
 */
class CallRoutingTest extends PhoneFixture {
  static final String CALLER = "+819011112222";
  @Autowired ForwardingUseCases forwarding;
  @Autowired VoicemailBox voicemail;

  private Call callTo(String number) {
    return twilio.call("/twilio/voice", CALLER, IpNumber.of(number).e164());
  }

  private void set(String number, ForwardingChange change) {
    forwarding.change(Actor.system(Channel.SYSTEM), number, change).orElseThrow();
  }

  @Test
  void forwardingOffRingsTheTerminalWithTheCallersNumber() {
    Call call = callTo("050-2222-0001");
    assertThat(call.xpath("/Response/Dial/Sip")).isEqualTo("sip:0101@acme.sip.twilio.com");
    assertThat(call.xpath("/Response/Dial/@timeout")).isEqualTo("30");
    assertThat(call.xpath("/Response/Dial/@callerId")).isEqualTo(CALLER);
    assertThat(call.xpath("/Response/Dial/@action")).isEmpty();
    call.dialEnds("completed");
    assertThat(call.ended()).isTrue();
  }

  @Test
  void unconditionalDialsTheDestinationInE164AtOnce() {
    Call call = callTo("050-1111-0001");
    assertThat(call.xpath("/Response/Dial/Number")).isEqualTo("+819012345678");
    assertThat(call.xpath("/Response/Dial/@callerId")).isEqualTo(CALLER);
    assertThat(call.xpath("count(/Response/Dial/Sip)")).isEqualTo("0");
  }

  @Test
  void aWithheldCallerIdIsNotPassedOn() {
    Call call = twilio.call("/twilio/voice", "anonymous", "+815011110001");
    assertThat(call.xpath("/Response/Dial/Number")).isEqualTo("+819012345678");
    assertThat(call.xpath("/Response/Dial/@callerId")).isEmpty();
  }

  @ParameterizedTest(name = "{0} to {4} rings {1} s, then on {2}: {3}")
  @CsvSource({
      "NO_ANSWER,   12, no-answer, forward, 03-1234-5678",
      "NO_ANSWER,   12, busy,      hang up, 03-1234-5678",
      "NO_ANSWER,   12, completed, hang up, 03-1234-5678",
      "BUSY,        30, busy,      forward, 03-1234-5678",
      "BUSY,        30, no-answer, hang up, 03-1234-5678",
      "BUSY,        30, failed,    hang up, 03-1234-5678",
      "UNREACHABLE, 30, failed,    forward, 03-1234-5678",
      "UNREACHABLE, 30, no-answer, hang up, 03-1234-5678",
      "UNREACHABLE, 30, canceled,  hang up, 03-1234-5678",
      "NO_ANSWER,   12, no-answer, forward, voicemail",
      "NO_ANSWER,   12, completed, hang up, voicemail",
      "BUSY,        30, busy,      forward, voicemail",
      "BUSY,        30, no-answer, hang up, voicemail",
      "UNREACHABLE, 30, failed,    forward, voicemail",
      "UNREACHABLE, 30, busy,      hang up, voicemail"})
  void modesThatRingFirstGoOnOnlyWhenTheTerminalEndsAsTheModeSays(ForwardingMode mode,
      int seconds, String status, String then, String to) {
    boolean voicemail = to.equals("voicemail");
    set("050-2222-0001", (voicemail ? ForwardingChange.turnOnToVoicemail()
        : ForwardingChange.turnOnToNumber(to)).withMode(mode).withRingTime(12));
    Call call = callTo("050-2222-0001");
    assertThat(call.xpath("/Response/Dial/Sip")).isEqualTo("sip:0101@acme.sip.twilio.com");
    assertThat(call.xpath("/Response/Dial/@timeout")).isEqualTo(Integer.toString(seconds));
    assertThat(call.xpath("/Response/Dial/@action"))
        .isEqualTo(TwilioStandIn.PUBLIC_URL + "/twilio/voice/dial-ended");

    call.dialEnds(status);

    if (then.equals("hang up")) {
      assertThat(call.ended()).isTrue();
      assertThat(call.xpath("count(/Response/Dial)")).isEqualTo("0");
      assertThat(call.xpath("count(/Response/Record)")).isEqualTo("0");
    } else if (voicemail) {
      assertThat(call.heard()).contains("発信音の後に").contains("after the tone");
      assertThat(call.xpath("count(/Response/Dial)")).isEqualTo("0");
      assertThat(call.xpath("/Response/Record/@recordingStatusCallback"))
          .startsWith(TwilioStandIn.PUBLIC_URL + "/twilio/voice/recording?");
    } else {
      assertThat(call.xpath("/Response/Dial/Number")).isEqualTo("+81312345678");
      assertThat(call.xpath("/Response/Dial/@callerId")).isEqualTo(CALLER);
    }
  }

  @Test
  void voicemailRecordsTheMessageKeepsItOnceAndMailsTheNumbersUsers() throws Exception {
    set("050-2222-0001", ForwardingChange.turnOnToVoicemail());
    Call call = callTo("050-2222-0001");
    assertThat(call.heard()).contains("発信音の後に").contains("after the tone");
    assertThat(call.xpath("/Response/Record/@recordingStatusCallback"))
        .startsWith(TwilioStandIn.PUBLIC_URL + "/twilio/voice/recording?");

    Instant started = Instant.parse("2026-11-28T23:59:58Z"); // not when the notice arrives
    call.leaveMessage("RE0123456789", 17, started);

    assertThat(call.heard()).contains("メッセージをお預かりしました");
    assertThat(call.ended()).isTrue();
    var kept = voicemail.latest(IpNumber.of("050-2222-0001"), 10);
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).caller()).isEqualTo(CALLER);
    assertThat(kept.get(0).seconds()).isEqualTo(17);
    assertThat(kept.get(0).url()).endsWith("/RE0123456789");
    assertThat(kept.get(0).at()).isEqualTo(started);

    // taro and hanako have the number: each gets one mail, in Japanese
    MimeMessage[] mails = voicemailMails(2);
    assertThat(Arrays.stream(mails).map(m -> {
      try {
        return m.getAllRecipients()[0].toString();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).containsExactlyInAnyOrder("taro@example.com", "hanako@example.com");
    String body = mails[0].getContent().toString();
    assertThat(mails[0].getSubject()).contains("留守番電話").contains("050-2222-0001");
    assertThat(body).contains(CALLER).contains("17秒").contains("/RE0123456789")
        .contains("2026年11月29日 08:59:58"); // the start, in taro's zone (Asia/Tokyo)
  }

  @Test
  void aRetriedRecordingNoticeIsKeptAndMailedOnce() throws Exception {
    set("050-2222-0001", ForwardingChange.turnOnToVoicemail());
    var params = TwilioStandIn.params("AccountSid", "AC0", "CallSid", "CA1",
        "RecordingSid", "RE42", "RecordingUrl", "https://api.twilio.com/x/RE42",
        "RecordingDuration", "5", "RecordingStatus", "completed");
    String url = "/twilio/voice/recording?to=%2B815022220001&from=%2B819011112222";
    Instant before = Instant.now();
    assertThat(twilio.post(url, params).status()).isEqualTo(204);
    assertThat(twilio.post(url, params).status()).isEqualTo(204);

    var kept = voicemail.latest(IpNumber.of("050-2222-0001"), 10);
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).at()).as("no RecordingStartTime: when the notice came")
        .isBetween(before, Instant.now());
    voicemailMails(2);
    Thread.sleep(300); // a second round of notices would arrive now
    assertThat(voicemailMails(2)).hasSize(2);
  }

  @Test
  void anUnknownNumberHearsAnApologyNeverAnErrorTone() {
    Call call = callTo("050-9999-9999");
    assertThat(call.heard()).contains("おつなぎできません").contains("cannot be connected");
    assertThat(call.xpath("/Response/Say[1]/@language")).isEqualTo("ja-JP");
    assertThat(call.xpath("/Response/Say[2]/@language")).isEqualTo("en-US");
    assertThat(call.ended()).isTrue();
    Call garbage = twilio.call("/twilio/voice", CALLER, "+12125550123");
    assertThat(garbage.heard()).contains("おつなぎできません");
  }

  @Test
  void aRoutingAnswerReadsItsRecordOnceThenNothingUntilTheSettingChanges() {
    callTo("050-1111-0001"); // warm up: connections
    Call[] call = new Call[1];
    List<String> first;
    List<String> again;
    List<String> changed;
    try (RedisMonitor monitor = new RedisMonitor(TestRedis.shared().port())) {
      first = monitor.commandsOf("first", () -> call[0] = callTo("050-2222-0001"));
      again = monitor.commandsOf("again", () -> call[0] = callTo("050-2222-0001"));
      set("050-2222-0001", ForwardingChange.turnOnToNumber("03-1234-5678"));
      changed = monitor.commandsOf("changed", () -> call[0] = callTo("050-2222-0001"));
    }

    assertThat(first).as("one HGETALL of the routing record")
        .containsExactly("\"HGETALL\" \"tenso:route:{05022220001}\"");
    assertThat(again).as("kept until Redis tells of a change").isEmpty();
    assertThat(changed).as("the change dropped it: read again (the change's notices may run"
        + " meanwhile)").filteredOn(c -> c.contains("tenso:route:"))
        .containsExactly("\"HGETALL\" \"tenso:route:{05022220001}\"");
    assertThat(call[0].xpath("/Response/Dial/Number")).isEqualTo("+81312345678");
  }

  /** The voicemail notices received, once {@code count} have arrived (5 s at most). */
  static MimeMessage[] voicemailMails(int count) throws Exception {
    long end = System.currentTimeMillis() + 5000;
    MimeMessage[] found;
    do {
      found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
        try {
          return m.getSubject().contains("留守番電話");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toArray(MimeMessage[]::new);
      if (found.length >= count) {
        return found;
      }
      Thread.sleep(50);
    } while (System.currentTimeMillis() < end);
    throw new AssertionError("only " + found.length + " voicemail notices arrived");
  }
}
