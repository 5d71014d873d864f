package dev.tenso.voice;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Twilio, as far as tenso can tell: form posts signed with {@code X-Twilio-Signature} (HMAC-SHA1
 * of the public URL and the sorted parameters, keyed by the auth token, as Twilio documents it),
 * sent to the app's local port while signed for the public URL, as behind a proxy. {@link Call}
 * follows the TwiML answers the way Twilio does.
 */
final class TwilioStandIn {
  static final String AUTH_TOKEN = "test-auth-token-0123456789abcdef";
  static final String PUBLIC_URL = "https://tenso.example.test";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final int[] ports;
  private int posts;

  /**
   * @param localPorts the port of the app under test; with several (instances sharing one Redis),
   *     each post goes to the next, in turn
   */
  TwilioStandIn(int... localPorts) {
    this.ports = localPorts.clone();
  }

  /** A new call from {@code from} to {@code to}, its first webhook posted to {@code path}. */
  Call call(String path, String from, String to) {
    return new Call(this, path, from, to);
  }

  /** The answer to a post signed for the public URL {@code url} (absolute, or a path). */
  Answer post(String url, Map<String, String> params) {
    return post(url, params, AUTH_TOKEN);
  }

  Answer post(String url, Map<String, String> params, String signWith) {
    String absolute = url.startsWith("http") ? url : PUBLIC_URL + url;
    return send(absolute, params, signWith == null ? null : signature(signWith, absolute, params));
  }

  /** Sends a post with {@code signature} as it is (null: no header). */
  Answer send(String absoluteUrl, Map<String, String> params, String signature) {
    if (!absoluteUrl.startsWith(PUBLIC_URL)) {
      throw new AssertionError("TwiML names a URL outside the public URL: " + absoluteUrl);
    }
    StringBuilder body = new StringBuilder();
    params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k))
        .append('=').append(enc(v)));
    String local = "http://127.0.0.1:" + ports[posts++ % ports.length];
    var request = HttpRequest.newBuilder(URI.create(local + absoluteUrl.substring(PUBLIC_URL
            .length())))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    try {
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Twilio's request signature: base64(HMAC-SHA1(token, url + each sorted name + value)). */
  static String signature(String token, String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> params(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An HTTP answer; {@link #twiml()} parses its body. */
  record Answer(int status, String body) {
    Document twiml() {
      if (status != 200) {
        throw new AssertionError("HTTP " + status + " instead of TwiML: " + body);
      }
      try {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(
            new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      } catch (Exception e) {
        throw new AssertionError("not XML: " + body, e);
      }
    }
  }
}
