package dev.tenso.testsupport;

import dev.tenso.config.RedisConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import io.lettuce.core.ClientOptions;

/**
 * A primary, its replica and three Sentinels watching them ({@code redis-server --sentinel},
 * quorum 2, the primary counted down after 1 s), started from the test's redis-server binary.
 * {@link #killPrimary()} is kill -9 of whichever node is the primary now.
 */
public final class TestSentinels implements AutoCloseable {
  public static final String MASTER = "tenso";
  private final List<RedisNode> data = new ArrayList<>();
  private final List<RedisNode> sentinels = new ArrayList<>();
  private final List<RedisClient> clients = new ArrayList<>();

  public TestSentinels() {
    try {
      start();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void start() {
    RedisNode primary = RedisNode.server();
    data.add(primary);
    data.add(RedisNode.server("replicaof 127.0.0.1 " + primary.port()));
    for (int i = 0; i < 3; i++) {
      sentinels.add(RedisNode.sentinel(
          "sentinel monitor " + MASTER + " 127.0.0.1 " + primary.port() + " 2",
          "sentinel down-after-milliseconds " + MASTER + " 1000",
          "sentinel failover-timeout " + MASTER + " 4000",
          "sentinel parallel-syncs " + MASTER + " 1"));
    }
    awaitReplicaInSync(primary);
  }

  /** The Sentinels' addresses, as {@code spring.data.redis.sentinel.nodes} takes them. */
  public List<String> sentinelAddresses() {
    return sentinels.stream().map(RedisNode::address).toList();
  }

  /** The port the Sentinels name as the primary now. */
  public int primaryPort() {
    RedisClient client = RedisClient.create();
    try (var c = client.connectSentinel(RedisURI.create("127.0.0.1", sentinels.get(0).port()))) {
      return ((java.net.InetSocketAddress) c.sync().getMasterAddrByName(MASTER)).getPort();
    } finally {
      client.shutdown();
    }
  }

  /** kill -9 of the current primary; returns its port. */
  public int killPrimary() {
    int port = primaryPort();
    data.stream().filter(n -> n.port() == port).findFirst().orElseThrow().kill();
    return port;
  }

  /**
   * Starts the killed node again (empty, as a replaced machine); the Sentinels make it a replica
   * of the new primary. Returns once the primary has it in sync.
   */
  public void restart(int port) {
    data.stream().filter(n -> n.port() == port).findFirst().orElseThrow().restart();
    int primary = primaryPort();
    awaitReplicaInSync(data.stream().filter(n -> n.port() == primary).findFirst().orElseThrow());
  }

  /** Waits until the Sentinels name a primary other than {@code port}. */
  public void awaitPromotionAwayFrom(int port) {
    long until = System.nanoTime() + 30_000_000_000L;
    while (primaryPort() == port) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("the Sentinels did not promote the replica");
      }
      RedisNode.sleep(100);
    }
  }

  /** {@code n} connections to the primary through the Sentinels, as tenso's lanes; closed with these. */
  public List<StatefulRedisConnection<String, String>> lanes(int n) {
    RedisURI.Builder uri = RedisURI.builder().withSentinelMasterId(MASTER)
        .withTimeout(RedisConfig.TIMEOUT);
    sentinels.forEach(s -> uri.withSentinel("127.0.0.1", s.port()));
    RedisClient client = RedisClient.create(uri.build());
    client.setOptions(RedisConfig.clientOptions(ClientOptions.builder()).build());
    clients.add(client);
    List<StatefulRedisConnection<String, String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(client.connect());
    }
    return out;
  }

  /** A connection factory through the Sentinels with tenso's client options. */
  public LettuceConnectionFactory connectionFactory() {
    var config = new RedisSentinelConfiguration(MASTER, new java.util.HashSet<>(
        sentinelAddresses()));
    var client = RedisConfig.clientConfiguration();
    var f = new LettuceConnectionFactory(config, client);
    f.afterPropertiesSet();
    f.start();
    return f;
  }

  private void awaitReplicaInSync(RedisNode primary) {
    RedisClient client = RedisClient.create();
    long until = System.nanoTime() + 45_000_000_000L;
    try (var c = client.connect(RedisURI.create("127.0.0.1", primary.port()))) {
      while (!c.sync().info("replication").contains("state=online")
          || aSentinelMissesTheReplica(client)) {
        if (System.nanoTime() > until) {
          throw new IllegalStateException("the replica did not come in sync");
        }
        RedisNode.sleep(50);
      }
    } finally {
      client.shutdown();
    }
  }

  /** True while some Sentinel does not know the replica yet (it could not promote it). */
  private boolean aSentinelMissesTheReplica(RedisClient client) {
    for (RedisNode s : sentinels) {
      try (var c = client.connectSentinel(RedisURI.create("127.0.0.1", s.port()))) {
        if (c.sync().slaves(MASTER).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void close() {
    clients.forEach(RedisClient::shutdown);
    sentinels.forEach(RedisNode::close);
    data.forEach(RedisNode::close);
  }
}
