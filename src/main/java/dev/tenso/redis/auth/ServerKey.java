package dev.tenso.redis.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's 256-bit secret key: from configuration ({@code tenso.auth.secret-key}, base64),
 * or made once and kept in {@code <data-dir>/secret.key} (owner-only) and reused on restart.
 * Separate keys for hashing codes and for sealing secrets are derived from it.
 */
public final class ServerKey {
  static final String FILE = "secret.key";

  private final byte[] key;

  private ServerKey(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("tenso.auth.secret-key must be 256 bits (32 bytes)");
    }
    this.key = key.clone();
  }

  /** The configured key when given, else the one kept in the data folder (made if missing). */
  public static ServerKey load(String configuredBase64, Path dataDir) {
    if (configuredBase64 != null && !configuredBase64.isBlank()) {
      byte[] decoded;
      try {
        decoded = Base64.getDecoder().decode(configuredBase64.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("tenso.auth.secret-key must be base64 of 32 bytes");
      }
      return new ServerKey(decoded);
    }
    return fromFile(dataDir.resolve(FILE));
  }

  static ServerKey fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        create(file, Base64.getEncoder().encodeToString(fresh));
      }
      return new ServerKey(Base64.getDecoder().decode(Files.readString(file).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("the server key file could not be read or made", e);
    }
  }

  private static void create(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
        var f = file.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
      }
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    Files.writeString(file, text, StandardCharsets.US_ASCII);
  }

  /** A key for one purpose: HMAC-SHA256(server key, purpose). */
  public byte[] derive(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServerKey k && Arrays.equals(k.key, key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "ServerKey[]";
  }
}
