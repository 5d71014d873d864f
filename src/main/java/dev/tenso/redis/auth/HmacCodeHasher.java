package dev.tenso.redis.auth;

import dev.tenso.core.auth.CodeHasher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a key derived from the server key; base64url text. */
public final class HmacCodeHasher implements CodeHasher {
  private final SecretKeySpec key;

  public HmacCodeHasher(ServerKey serverKey) {
    this.key = new SecretKeySpec(serverKey.derive("tenso/code-hash/v1"), "HmacSHA256");
  }

  @Override
  public String hash(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
