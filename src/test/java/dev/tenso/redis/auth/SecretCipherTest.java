package dev.tenso.redis.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.tenso.core.common.UserId;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing of secrets at rest. */
class SecretCipherTest {
  private static ServerKey randomKey() {
    return ServerKey.load(Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)),
        null);
  }

  private final SecretCipher cipher = new SecretCipher(randomKey());
  private final String secret = SecretsSeen.remember(new DefaultSecretGenerator().generate());

  @Test
  void roundTripWithAFreshNonceEveryTime() {
    String a = cipher.seal(secret, "u1");
    String b = cipher.seal(secret, "u1");
    assertThat(a).isNotEqualTo(b).doesNotContain(secret);
    assertThat(Base64.getDecoder().decode(a)).hasSize(12 + secret.length() + 16);
    assertThat(cipher.open(a, "u1")).isEqualTo(secret);
    assertThat(cipher.open(b, "u1")).isEqualTo(secret);
  }

  @Test
  void aSealedValueOpensOnlyForItsOwnerAndItsKey() {
    String sealed = cipher.seal(secret, "u1");
    assertThatThrownBy(() -> cipher.open(sealed, "u2")).isInstanceOf(IllegalStateException.class)
        .message().doesNotContain(secret);
    assertThatThrownBy(() -> new SecretCipher(randomKey()).open(sealed, "u1"))
        .isInstanceOf(IllegalStateException.class);
    byte[] tampered = Base64.getDecoder().decode(sealed);
    tampered[20] ^= 1;
    assertThatThrownBy(() -> cipher.open(Base64.getEncoder().encodeToString(tampered), "u1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theRedisValueHoldsNoBase32Secret() {
    var store = new RedisTotpSecrets(TestRedis.shared().template(), cipher);
    UserId user = new UserId("c" + UUID.randomUUID().toString().replace("-", ""));
    store.save(user, secret);
    String raw = TestRedis.shared().template().opsForValue().get(RedisTotpSecrets.secretKey(user));
    assertThat(raw).isNotBlank().doesNotContain(secret).doesNotContain(secret.substring(0, 8));
    assertThat(store.find(user)).hasValue(secret);
    store.delete(user);
    assertThat(store.find(user)).isEmpty();
  }
}
