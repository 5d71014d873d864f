package dev.tenso.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's side of a call, for the phone pane: a webhook post to one of the phone channel's URLs
 * (an absolute URL under the public URL, as tenso's TwiML names them, or a path under
 * {@code /twilio/}), with Twilio's parameters, signed as Twilio signs ({@code X-Twilio-Signature}:
 * HMAC-SHA1 of the public URL and the sorted parameters, keyed by the auth token) and sent to
 * this server's own address, as a proxy would pass it on. The page follows the TwiML.
 */
public final class TwilioRelay {
  static final String PREFIX = "/twilio/";
  /** The parameters of Twilio's voice webhooks the page may send. */
  static final Set<String> PARAMS = Set.of("CallSid", "From", "To", "Digits", "FinishedOnKey",
      "CallStatus", "DialCallStatus", "DialCallSid", "DialCallDuration", "RecordingUrl",
      "RecordingSid", "RecordingDuration", "RecordingStatus");
  private static final String ACCOUNT = "AC" + "0".repeat(32);

  private final String authToken;
  private final String publicUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** @param publicUrl the base URL Twilio calls, without a trailing slash */
  public TwilioRelay(String authToken, String publicUrl) {
    this.authToken = authToken;
    this.publicUrl = publicUrl;
  }

  /** What tenso answered: the HTTP status and the TwiML. */
  public record Answer(int status, String twiml) {}

  /**
   * Posts to {@code url} as Twilio would; empty when the URL is not one of the phone channel's
   * or a parameter is not one of Twilio's.
   *
   * @param localBase this server as reached from here, such as {@code http://127.0.0.1:8080}
   */
  public Optional<Answer> post(String url, Map<String, String> params, String localBase)
      throws IOException, InterruptedException {
    Optional<String> path = path(url);
    if (path.isEmpty() || !PARAMS.containsAll(params.keySet())) {
      return Optional.empty();
    }
    Map<String, String> all = new LinkedHashMap<>(params);
    all.putIfAbsent("AccountSid", ACCOUNT);
    all.putIfAbsent("ApiVersion", "2010-04-01");
    all.putIfAbsent("Direction", "inbound");
    all.putIfAbsent("CallStatus", "in-progress");
    all.put("Caller", all.getOrDefault("From", ""));
    all.put("Called", all.getOrDefault("To", ""));
    HttpRequest request = HttpRequest.newBuilder(URI.create(localBase + path.get()))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("X-Twilio-Signature", signature(publicUrl + path.get(), all))
        .POST(HttpRequest.BodyPublishers.ofString(form(all))).build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    return Optional.of(new Answer(r.statusCode(), r.body()));
  }

  /** The path (and query) of a URL of the phone channel, if it is one. */
  Optional<String> path(String url) {
    String p = url == null ? "" : url.strip();
    if (p.startsWith(publicUrl + "/")) {
      p = p.substring(publicUrl.length());
    }
    return p.startsWith(PREFIX) && !p.contains("..") && !p.contains("#")
        ? Optional.of(p) : Optional.empty();
  }

  private String signature(String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA1 is not available", e);
    }
  }

  private static String form(Map<String, String> params) {
    StringBuilder body = new StringBuilder();
    params.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
