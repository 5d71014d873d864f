package dev.tenso.voice;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.SortedMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature}: Base64 of the HMAC-SHA1, keyed with the auth token, of the
 * URL followed by each POST parameter's name and value, in name order. It accepts what the SDK's
 * {@code RequestValidator.validate(url, params, signature)} accepts: the URL as given, or else the
 * same URL with its port the other way (the default port written out when it has none, taken off
 * when it has one), which only a request the first form refused pays for. Each thread keeps its
 * own {@link Mac}. Neither the token nor a signature is ever logged or put in a message.
 */
final class TwilioSignature {
  private static final String HMAC = "HmacSHA1";

  private final ThreadLocal<Mac> macs;

  TwilioSignature(String authToken) {
    SecretKeySpec key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC);
    this.macs = ThreadLocal.withInitial(() -> mac(key));
  }

  /** True when {@code signature} signs {@code url} and {@code params} (in name order). */
  boolean valid(String url, SortedMap<String, String> params, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] given = signature.getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(sign(url, params), given)
        || MessageDigest.isEqual(sign(otherPort(url), params), given);
  }

  /** The signature of {@code url} and {@code params}, as Base64 bytes. */
  byte[] sign(String url, SortedMap<String, String> params) {
    Mac mac = macs.get();
    mac.update(url.getBytes(StandardCharsets.UTF_8));
    params.forEach((name, value) -> {
      mac.update(name.getBytes(StandardCharsets.UTF_8));
      mac.update((value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    });
    return Base64.getEncoder().encode(mac.doFinal());
  }

  /**
   * {@code url} with its port the other way, rebuilt as the SDK rebuilds it (from the parsed
   * parts); {@code url} itself when it is not a URI.
   */
  static String otherPort(String url) {
    try {
      URI uri = new URI(url);
      int port = uri.getPort() != -1 ? -1 : "https".equals(uri.getScheme()) ? 443 : 80;
      try {
        return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), port, uri.getPath(),
            uri.getQuery(), uri.getFragment()).toString();
      } catch (Exception e) {
        return uri.toString();
      }
    } catch (Exception e) {
      return url;
    }
  }

  private static Mac mac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA1 is not available", e);
    }
  }
}
