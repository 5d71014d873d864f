package dev.tenso.redis;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * SCAN over every key matching a pattern, on one server or on each primary of a cluster (a
 * cluster's SCAN is per node). For start-up and background work only: it walks the keyspace.
 */
final class Scan {
  private static final int COUNT = 1_000;

  private Scan() {}

  static void keys(StringRedisTemplate redis, String pattern, Consumer<String> each) {
    ScanOptions options = ScanOptions.scanOptions().match(pattern).count(COUNT).build();
    RedisFailures.run(() -> {
      try (RedisConnection c = redis.getRequiredConnectionFactory().getConnection()) {
        if (c instanceof RedisClusterConnection cluster) {
          for (RedisClusterNode node : cluster.clusterGetNodes()) {
            if (node.isMaster()) {
              read(cluster.scan(node, options), each);
            }
          }
        } else {
          read(c.keyCommands().scan(options), each);
        }
      }
    });
  }

  /** True when the template talks to a Redis Cluster. */
  static boolean isCluster(StringRedisTemplate redis) {
    return RedisFailures.call(() -> {
      try (RedisConnection c = redis.getRequiredConnectionFactory().getConnection()) {
        return c instanceof RedisClusterConnection;
      }
    });
  }

  private static void read(Cursor<byte[]> cursor, Consumer<String> each) {
    try (cursor) {
      cursor.forEachRemaining(k -> each.accept(new String(k, StandardCharsets.UTF_8)));
    }
  }
}
