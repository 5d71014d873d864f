package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.voicemail.VoicemailBox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only Twilio's signature of the public URL and the form parameters lets a request in: a missing,
 * forged or otherwise signed request gets 403 and runs nothing.
 */
class SignatureTest extends PhoneFixture {
  static final String RECORDING =
      "/twilio/voice/recording?to=%2B815022220001&from=%2B819011112222";
  static final Map<String, String> MESSAGE = TwilioStandIn.params("AccountSid", "AC0",
      "CallSid", "CA1", "RecordingSid", "RE7", "RecordingUrl", "https://api.twilio.com/x/RE7",
      "RecordingDuration", "5", "RecordingStatus", "completed");

  @Autowired VoicemailBox voicemail;

  @Test
  void aSignedRequestIsAnswered() {
    assertThat(twilio.post("/twilio/voice", Map.of("To", "+815011110001")).status())
        .isEqualTo(200);
  }

  @Test
  void aMissingSignatureIsRefusedAndRunsNothing() {
    var answer = twilio.send(TwilioStandIn.PUBLIC_URL + RECORDING, MESSAGE, null);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body()).doesNotContain("Response");
    assertThat(voicemail.latest(IpNumber.of("050-2222-0001"), 5)).isEmpty();
  }

  @Test
  void aSignatureWithAnotherTokenIsRefusedAndRunsNothing() {
    assertThat(twilio.post(RECORDING, MESSAGE, "not-the-auth-token").status()).isEqualTo(403);
    assertThat(voicemail.latest(IpNumber.of("050-2222-0001"), 5)).isEmpty();
  }

  @Test
  void aSignatureOfOtherParametersOrAnotherUrlIsRefused() {
    String good = TwilioStandIn.signature(TwilioStandIn.AUTH_TOKEN,
        TwilioStandIn.PUBLIC_URL + RECORDING, MESSAGE);
    var tampered = new java.util.LinkedHashMap<>(MESSAGE);
    tampered.put("RecordingDuration", "6");
    assertThat(twilio.send(TwilioStandIn.PUBLIC_URL + RECORDING, tampered, good).status())
        .isEqualTo(403);
    // the URL the app sees behind the proxy is not the one Twilio signs
    String local = "http://127.0.0.1:" + port + "/twilio/voice";
    var params = Map.of("To", "+815011110001");
    assertThat(twilio.send(TwilioStandIn.PUBLIC_URL + "/twilio/voice", params,
        TwilioStandIn.signature(TwilioStandIn.AUTH_TOKEN, local, params)).status())
        .isEqualTo(403);
    assertThat(voicemail.latest(IpNumber.of("050-2222-0001"), 5)).isEmpty();
  }

  @Test
  void theSignedQueryIsPartOfTheUrlNotOfTheParameters() {
    assertThat(twilio.post(RECORDING, MESSAGE).status()).isEqualTo(204);
    assertThat(voicemail.latest(IpNumber.of("050-2222-0001"), 5)).hasSize(1);
  }
}
