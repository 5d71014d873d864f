package dev.tenso.redis.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server key: configured, or made once in the data folder (owner-only) and reused. */
class ServerKeyTest {
  @TempDir Path dataDir;

  @Test
  void withoutConfigurationAKeyFileIsMadeOwnerOnlyAndReused() throws Exception {
    ServerKey first = ServerKey.load(null, dataDir.resolve("nested"));
    Path file = dataDir.resolve("nested").resolve("secret.key");
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    ServerKey again = ServerKey.load("", dataDir.resolve("nested"));
    assertThat(again).isEqualTo(first);
    assertThat(again.derive("x")).isEqualTo(first.derive("x"));
    assertThat(first.toString()).doesNotContain(Files.readString(file).strip());
  }

  @Test
  void aConfiguredKeyWinsAndNoFileIsMade() {
    String key = dev.tenso.testsupport.SecretsSeen.remember(
        Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
    ServerKey k = ServerKey.load(key, dataDir);
    assertThat(k).isEqualTo(ServerKey.load(key, dataDir));
    assertThat(dataDir.resolve("secret.key")).doesNotExist();
  }

  @Test
  void aKeyOfTheWrongSizeIsRefused() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> ServerKey.load(shortKey, dataDir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256 bits");
    assertThatThrownBy(() -> ServerKey.load("not base64 !", dataDir))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void derivedKeysDifferPerPurpose() {
    ServerKey k = ServerKey.load(null, dataDir);
    assertThat(k.derive("a")).isNotEqualTo(k.derive("b")).hasSize(32);
  }
}
