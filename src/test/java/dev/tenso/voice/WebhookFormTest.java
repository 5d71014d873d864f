package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A webhook's form is read as the servlet container reads it: the first value of each name. */
class WebhookFormTest {
  @Test
  void readsEachNamesFirstValueDecoded() {
    Random random = new Random(11);
    for (int i = 0; i < 500; i++) {
      byte[] body = TwilioSignatureTest.formBody(random);
      assertThat(WebhookForm.parse(body, StandardCharsets.UTF_8)).as(new String(body))
          .isEqualTo(reference(new String(body, StandardCharsets.US_ASCII)));
    }
  }

  @Test
  void readsTheQueryFirstThenTheBodyAndSignsOnlyTheBody() {
    WebhookForm form = WebhookForm.of(bytes("To=%2B8150&from=body&Empty=&Bare&=skipped&&x=1&x=2"),
        StandardCharsets.UTF_8, "to=%2B815022220001&from=%2B8190+1").orElseThrow();
    assertThat(form.param("from")).isEqualTo("+8190 1");
    assertThat(form.param("to")).isEqualTo("+815022220001");
    assertThat(form.param("To")).isEqualTo("+8150");
    assertThat(form.param("missing")).isNull();
    assertThat(form.body()).isEqualTo(Map.of("To", "+8150", "from", "body", "Empty", "",
        "Bare", "", "x", "1"));
  }

  @Test
  void aMalformedEscapeReadsAsNoForm() {
    assertThat(WebhookForm.of(bytes("Digits=%2"), StandardCharsets.UTF_8, null)).isEmpty();
    assertThat(WebhookForm.of(bytes("Digits=%zz1"), StandardCharsets.UTF_8, null)).isEmpty();
    assertThat(WebhookForm.of(bytes("Digits=1"), StandardCharsets.UTF_8, "a=%")).isEmpty();
  }

  @Test
  void readsTheCharsetTheContentTypeNames() {
    assertThat(TwilioEndpoint.charset("application/x-www-form-urlencoded"))
        .contains(StandardCharsets.UTF_8);
    assertThat(TwilioEndpoint.charset("application/x-www-form-urlencoded; Charset=\"ISO-8859-1\""))
        .contains(StandardCharsets.ISO_8859_1);
    assertThat(TwilioEndpoint.charset("application/x-www-form-urlencoded;charset=nonsense"))
        .isEmpty();
  }

  private static Map<String, String> reference(String body) {
    Map<String, String> out = new TreeMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (!pair.isEmpty() && eq != 0) {
        out.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
            StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
