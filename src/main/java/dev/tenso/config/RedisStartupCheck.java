package dev.tenso.config;

import java.util.List;
import java.util.stream.Collectors;
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

  /** What Redis is: the Sentinels or the cluster's nodes when configured, else host:port. */
  private static String address(DataRedisConnectionDetails details) {
    if (details.getSentinel() != null) {
      return "the Redis Sentinels " + nodes(details.getSentinel().getNodes()) + " (primary "
          + details.getSentinel().getMaster() + ")";
    }
    if (details.getCluster() != null) {
      return "the Redis Cluster " + nodes(details.getCluster().getNodes());
    }
    var s = details.getStandalone();
    return s.getHost() + ":" + s.getPort();
  }

  private static String nodes(List<DataRedisConnectionDetails.Node> nodes) {
    return nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.joining(","));
  }
}
