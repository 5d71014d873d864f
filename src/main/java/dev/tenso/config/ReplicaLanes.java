package dev.tenso.config;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/**
 * A few connections to the primary through the Sentinels, for the changes that WAIT for a
 * replica ({@link dev.tenso.redis.ReplicatedForwardingStore}); Lettuce finds the primary again
 * after a failover, as for every other connection. Closed with the application.
 */
final class ReplicaLanes implements AutoCloseable {
  private final RedisClient client;
  private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

  ReplicaLanes(DataRedisConnectionDetails.Sentinel sentinel, String password, int lanes) {
    RedisURI.Builder uri = RedisURI.builder().withSentinelMasterId(sentinel.getMaster())
        .withTimeout(RedisConfig.TIMEOUT).withDatabase(sentinel.getDatabase());
    for (DataRedisConnectionDetails.Node n : sentinel.getNodes()) {
      uri.withSentinel(n.host(), n.port());
    }
    if (password != null && !password.isEmpty()) {
      uri.withPassword(password.toCharArray());
    }
    client = RedisClient.create(uri.build());
    client.setOptions(RedisConfig.clientOptions(ClientOptions.builder()).build());
    for (int i = 0; i < lanes; i++) {
      connections.add(client.connect());
    }
  }

  List<StatefulRedisConnection<String, String>> connections() {
    return connections;
  }

  @Override
  public void close() {
    connections.forEach(StatefulRedisConnection::close);
    client.shutdown();
  }
}
