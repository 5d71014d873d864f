package dev.tenso.testsupport;

import dev.tenso.importer.OrganisationImporter;
import dev.tenso.redis.RedisForwardingStore;
import dev.tenso.redis.RedisImportWriter;
import dev.tenso.redis.RedisInventory;
import dev.tenso.redis.RedisUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A private real Redis that an organisation is imported into, for tests that load YAML and then
 * ask a door what the import wrote: {@link #load} writes the file and imports it through the real
 * importer and Redis adapters. Close it when done.
 */
public final class ImportedRedis implements AutoCloseable {
  public final TestRedis server = TestRedis.start();
  public final StringRedisTemplate redis = server.template();
  public final RedisUsers users = new RedisUsers(redis, AuditFeeds.of(redis));
  private final OrganisationImporter importer = new OrganisationImporter(new RedisInventory(redis),
      new RedisForwardingStore(redis, AuditFeeds.of(redis)), users,
      new RedisImportWriter(redis, AuditFeeds.of(redis)), imported -> { }, Clock.systemUTC());

  /** Writes {@code yaml} as {@code dir/org.yaml} and imports it. */
  public void load(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("org.yaml");
    Files.writeString(file, yaml);
    importer.load(file.toString());
  }

  @Override
  public void close() {
    server.close();
  }
}
