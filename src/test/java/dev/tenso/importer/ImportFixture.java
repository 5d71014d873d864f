package dev.tenso.importer;

import dev.tenso.config.RedisConfig;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisForwardingStore;
import dev.tenso.redis.RedisImportWriter;
import dev.tenso.redis.RedisInventory;
import dev.tenso.redis.RedisUsers;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.TestRedis;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** An importer over a private real Redis, with a recording sign-in hook. */
final class ImportFixture implements AutoCloseable, AfterAllCallback {
  final TestRedis server = TestRedis.start();
  final LettuceConnectionFactory factory;
  final StringRedisTemplate redis;
  final List<List<ImportedUser>> hooked = new ArrayList<>();
  final OrganisationImporter importer;
  final RedisInventory inventory;
  final RedisForwardingStore forwarding;
  final RedisUsers users;
  final RedisAuditLog audit;

  ImportFixture() {
    factory = new LettuceConnectionFactory(
        new RedisStandaloneConfiguration("127.0.0.1", server.port()), RedisConfig.clientConfiguration());
    factory.afterPropertiesSet();
    factory.start();
    redis = new StringRedisTemplate(factory);
    redis.afterPropertiesSet();
    inventory = new RedisInventory(redis);
    forwarding = new RedisForwardingStore(redis, AuditFeeds.of(redis));
    users = new RedisUsers(redis, AuditFeeds.of(redis));
    audit = new RedisAuditLog(redis, AuditFeeds.of(redis));
    importer = importer(new RedisImportWriter(redis, AuditFeeds.of(redis)));
  }

  /** An importer writing through {@code writer}, with the recording hook. */
  OrganisationImporter importer(ImportWriter writer) {
    return new OrganisationImporter(inventory, forwarding, users, writer, hooked::add,
        Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC));
  }

  void flush() {
    redis.execute(c -> {
      c.serverCommands().flushAll();
      return null;
    }, true);
    hooked.clear();
  }

  /** Every key with its type and whole content (streams with their entry ids), sorted. */
  Map<String, String> dump() {
    Map<String, String> out = new TreeMap<>();
    for (String key : new TreeSet<>(redis.keys("*"))) {
      DataType type = redis.type(key);
      String content = switch (type) {
        case HASH -> new TreeMap<>(redis.opsForHash().entries(key)).toString();
        case SET -> new TreeSet<>(redis.opsForSet().members(key)).toString();
        case ZSET -> redis.opsForZSet().range(key, 0, -1).toString();
        case STRING -> redis.opsForValue().get(key);
        case STREAM -> redis.opsForStream().range(key, Range.unbounded()).stream()
            .map(r -> r.getId() + "=" + new TreeMap<>(r.getValue())).toList().toString();
        default -> type.name();
      };
      out.put(key, type + " " + content);
    }
    return out;
  }

  /** Registered as a test class's extension ({@code @RegisterExtension}): closed after it. */
  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    factory.destroy();
    server.close();
  }
}
