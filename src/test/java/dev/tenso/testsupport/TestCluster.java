package dev.tenso.testsupport;

import dev.tenso.config.RedisConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.ClusterClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A real three-primary Redis Cluster for tests, started once per test JVM ({@link #shared()}):
 * three redis-server processes with {@code cluster-enabled yes}, the 16384 slots split in three by
 * the test itself ({@code CLUSTER ADDSLOTS}: the shipped redis-server is 6.2, which has no
 * {@code ADDSLOTSRANGE}) and joined with {@code CLUSTER MEET}; ready once every node says
 * {@code cluster_state:ok}. No replicas: the cluster tests are about slots, not failover (the
 * Sentinel tests are).
 */
public final class TestCluster implements AutoCloseable {
  private static final int SLOTS = 16384;
  private static TestCluster shared;

  private final List<RedisNode> nodes = new ArrayList<>();
  private LettuceConnectionFactory factory;
  private StringRedisTemplate template;

  private TestCluster() {
    try {
      start();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void start() {
    for (int i = 0; i < 3; i++) {
      nodes.add(RedisNode.server("cluster-enabled yes", "cluster-config-file nodes.conf",
          "cluster-node-timeout 2000"));
    }
    RedisClient client = RedisClient.create();
    try {
      for (int i = 0; i < 3; i++) {
        int from = SLOTS * i / 3;
        int to = SLOTS * (i + 1) / 3;
        try (var c = client.connect(uri(nodes.get(i)))) {
          c.sync().clusterAddSlots(IntStream.range(from, to).toArray());
          if (i > 0) {
            c.sync().clusterMeet("127.0.0.1", nodes.get(0).port());
          }
        }
      }
      awaitOk(client);
    } finally {
      client.shutdown();
    }
  }

  /** A cluster of its own (the benchmark's): close it when done. */
  public static TestCluster ofItsOwn() {
    return new TestCluster();
  }

  /** The cluster shared by the whole test JVM, started on first use. */
  public static synchronized TestCluster shared() {
    if (shared == null) {
      shared = new TestCluster();
      TestCluster s = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(s::close));
    }
    return shared;
  }

  private static RedisURI uri(RedisNode n) {
    return RedisURI.create("127.0.0.1", n.port());
  }

  private void awaitOk(RedisClient client) {
    long until = System.nanoTime() + 30_000_000_000L;
    for (RedisNode n : nodes) {
      try (var c = client.connect(uri(n))) {
        RedisCommands<String, String> sync = c.sync();
        while (!sync.clusterInfo().contains("cluster_state:ok")
            || sync.clusterNodes().lines().count() < nodes.size()) {
          if (System.nanoTime() > until) {
            throw new IllegalStateException("the test cluster did not come up: "
                + sync.clusterInfo());
          }
          RedisNode.sleep(50);
        }
      }
    }
  }

  /** The nodes' addresses, as {@code spring.data.redis.cluster.nodes} takes them. */
  public List<String> addresses() {
    return nodes.stream().map(RedisNode::address).toList();
  }

  /** A connection factory with tenso's client options, cluster-aware. */
  public synchronized LettuceConnectionFactory connectionFactory() {
    if (factory == null) {
      var options = (ClusterClientOptions) RedisConfig.clientOptions(ClusterClientOptions.builder())
          .build();
      var client = RedisConfig.clientConfiguration(options);
      factory = new LettuceConnectionFactory(new RedisClusterConfiguration(addresses()), client);
      factory.afterPropertiesSet();
      factory.start();
    }
    return factory;
  }

  public synchronized StringRedisTemplate template() {
    if (template == null) {
      template = new StringRedisTemplate(connectionFactory());
      template.afterPropertiesSet();
    }
    return template;
  }

  /** Empties every primary. */
  public void flush() {
    RedisClient client = RedisClient.create();
    try {
      for (RedisNode n : nodes) {
        try (var c = client.connect(uri(n))) {
          c.sync().flushall();
        }
      }
    } finally {
      client.shutdown();
    }
  }

  @Override
  public synchronized void close() {
    if (factory != null) {
      factory.destroy();
    }
    nodes.forEach(RedisNode::close);
  }
}
