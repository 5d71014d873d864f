package dev.tenso.config;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** Proof that Redis answered PING at start-up; start-up fails, naming host:port, when it did not. */
final class RedisStartupCheck {
  private final String address;

  private RedisStartupCheck(String address) {
    this.address = address;
  }

  static RedisStartupCheck ping(RedisConnectionFactory factory, DataRedisConnectionDetails details) {
    String address = address(details);
    try (RedisConnection c = factory.getConnection()) {
      c.ping();
    } catch (RuntimeException e) {
      throw new RedisUnreachableException(address, e);
    }
    return new RedisStartupCheck(address);
  }

  String address() {
    return address;
  }

  private static String address(DataRedisConnectionDetails details) {
    var s = details.getStandalone();
    if (s != null) {
      return s.getHost() + ":" + s.getPort();
    }
    return details.getSentinel() != null ? "the configured Redis Sentinel" : "the configured Redis Cluster";
  }
}
