package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Our signature check accepts and refuses exactly what the SDK's {@link RequestValidator} does,
 * for many generated URLs and forms (unicode, repeated names, empty values, queries, ports).
 */
class TwilioSignatureTest {
  static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private static final String[] BASES = {"https://tenso.example.test",
      "https://tenso.example.test:443", "http://tenso.example.test", "http://127.0.0.1:8080",
      "https://tenso.example.test:8443", "https://user@tenso.example.test"};
  private static final String[] PATHS = {"/twilio/voice", "/twilio/ivr/step/3",
      "/twilio/voice/recording?to=%2B815022220001&from=%2B819011112222",
      "/twilio/voice/recording?to=&from=anonymous", "/twilio/x?a=%E8%BB%A2%E9%80%81&a=2&b",
      "/twilio/voice?q=a+b%20c"};
  private static final String POOL = "aZ09 +-_.~&=%#?/:;,\"'<>転送設定ゼロ\u3000\n\t😀é";

  private final TwilioSignature ours = new TwilioSignature(TOKEN);
  private final RequestValidator sdk = new RequestValidator(TOKEN);

  @Test
  void acceptsAndRefusesWhatTheSdkDoes() {
    Random random = new Random(7);
    for (int i = 0; i < 600; i++) {
      String url = BASES[random.nextInt(BASES.length)] + PATHS[random.nextInt(PATHS.length)];
      SortedMap<String, String> params = WebhookForm.parse(formBody(random), StandardCharsets.UTF_8);
      assertThat(params).isNotNull();
      String signed = sig(url, params);
      assertThat(sdk.validate(url, params, signed)).as(url + params).isTrue();
      List<String> candidates = new ArrayList<>(List.of(signed,
          sig(TwilioSignature.otherPort(url), params), sig(url + "x", params),
          sig(url, new TreeMap<>()), signed.substring(1), signed + "=", "", "not a signature",
          "転送"));
      SortedMap<String, String> tampered = new TreeMap<>(params);
      tampered.put("Digits", "1");
      candidates.add(sig(url, tampered));
      for (String candidate : candidates) {
        assertThat(ours.valid(url, params, candidate)).as(url + params + candidate)
            .isEqualTo(sdk.validate(url, params, candidate));
      }
    }
  }

  @Test
  void aMissingSignatureIsRefused() {
    assertThat(ours.valid("https://tenso.example.test/twilio/voice", new TreeMap<>(), null))
        .isFalse();
  }

  @Test
  void theOtherPortIsTheSdksRebuiltUrl() {
    assertThat(TwilioSignature.otherPort("https://t.test/twilio/voice"))
        .isEqualTo("https://t.test:443/twilio/voice");
    assertThat(TwilioSignature.otherPort("http://t.test:8080/twilio/voice?a=1"))
        .isEqualTo("http://t.test/twilio/voice?a=1");
    assertThat(TwilioSignature.otherPort("not a url")).isEqualTo("not a url");
  }

  private String sig(String url, SortedMap<String, String> params) {
    return new String(ours.sign(url, params), StandardCharsets.US_ASCII);
  }

  /** A form body of up to 8 pairs drawn from names that repeat and values of any kind. */
  static byte[] formBody(Random random) {
    StringBuilder body = new StringBuilder();
    int pairs = random.nextInt(9);
    for (int p = 0; p < pairs; p++) {
      String name = List.of("CallSid", "From", "To", "Digits", "名前", "a b", "x")
          .get(random.nextInt(7));
      body.append(body.length() == 0 ? "" : "&").append(encode(name)).append('=')
          .append(encode(text(random)));
    }
    return body.toString().getBytes(StandardCharsets.US_ASCII);
  }

  static String text(Random random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(POOL.length());
      if (Character.isSurrogate(POOL.charAt(at))) {
        s.append("😀");
      } else {
        s.append(POOL.charAt(at));
      }
    }
    return s.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
